package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NatGateway;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.VpcEndpoint;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;

import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes the VPC files: {@code ec2-describe-vpcs.json}, {@code -subnets}, {@code -nat-gateways},
 * {@code -vpc-endpoints} and {@code -flow-logs} (every VPC delivers its flow logs to the central
 * bucket in the shared-services account).
 */
final class NetworkJsonWriter
{
    /** The flow-log format AWS uses when none is given (version 2). */
    static final String DEFAULT_FORMAT = "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} "
            + "${start} ${end} ${action} ${log-status}";
    private static final String ENDPOINT_POLICY = "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
            + "      \"Principal\": \"*\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";

    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    NetworkJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode vpcs = array();
        ArrayNode flowLogs = array();
        topology.vpcs().stream().filter(vpc -> vpc.where().equals(region)).forEach(vpc -> {
            vpcs.add(vpc(vpc));
            flowLogs.add(flowLog(vpc));
        });
        ArrayNode subnets = array();
        topology.subnets().stream().filter(subnet -> subnet.where().equals(region)).forEach(subnet -> subnets.add(subnet(subnet)));
        ArrayNode natGateways = array();
        topology.natGateways().stream().filter(gateway -> gateway.subnet().where().equals(region)).forEach(gateway -> natGateways.add(natGateway(gateway)));
        ArrayNode endpoints = array();
        topology.vpcEndpoints().stream().filter(endpoint -> endpoint.vpc().where().equals(region)).forEach(endpoint -> endpoints.add(endpoint(endpoint)));

        out.write(region.folder() + "/ec2-describe-vpcs.json", wrap("Vpcs", vpcs));
        out.write(region.folder() + "/ec2-describe-subnets.json", wrap("Subnets", subnets));
        out.write(region.folder() + "/ec2-describe-nat-gateways.json", wrap("NatGateways", natGateways));
        out.write(region.folder() + "/ec2-describe-vpc-endpoints.json", wrap("VpcEndpoints", endpoints));
        out.write(region.folder() + "/ec2-describe-flow-logs.json", wrap("FlowLogs", flowLogs));
    }

    static ObjectNode wrap(String field, ArrayNode values)
    {
        ObjectNode document = object();
        document.set(field, values);
        return document;
    }

    private static ObjectNode vpc(Vpc vpc)
    {
        ObjectNode node = object();
        node.put("OwnerId", vpc.where().accountId());
        node.put("InstanceTenancy", "default");
        node.putArray("CidrBlockAssociationSet").addObject()
                .put("AssociationId", SampleIds.awsId("vpc-cidr-assoc", vpc.name()))
                .put("CidrBlock", vpc.cidr())
                .set("CidrBlockState", object().put("State", "associated"));
        node.put("IsDefault", vpc.isDefault());
        node.putObject("BlockPublicAccessStates").put("InternetGatewayBlockMode", "off");
        if (!vpc.tags().isEmpty()) {
            node.set("Tags", AwsCliJsonWriter.tags(vpc.tags()));
        }
        node.put("VpcId", vpc.id());
        node.put("State", "available");
        node.put("CidrBlock", vpc.cidr());
        node.put("DhcpOptionsId", SampleIds.awsId("dopt", vpc.where().folder()));
        return node;
    }

    private ObjectNode subnet(Subnet subnet)
    {
        int prefix = Integer.parseInt(subnet.cidr().substring(subnet.cidr().indexOf('/') + 1));
        long inUse = topology.networkInterfaces().stream().filter(networkInterface -> networkInterface.subnet().equals(subnet)).count();
        String zone = subnet.availabilityZone();
        ObjectNode node = object();
        node.put("AvailabilityZoneId", (zone.startsWith("us-east-1") ? "use1-az" : "euw1-az") + (zone.charAt(zone.length() - 1) - 'a' + 1));
        node.put("MapCustomerOwnedIpOnLaunch", false);
        node.put("OwnerId", subnet.where().accountId());
        node.put("AssignIpv6AddressOnCreation", false);
        node.set("Ipv6CidrBlockAssociationSet", array());
        if (!subnet.tags().isEmpty()) {
            node.set("Tags", AwsCliJsonWriter.tags(subnet.tags()));
        }
        node.put("SubnetArn", "arn:aws:ec2:" + subnet.where().region() + ":" + subnet.where().accountId() + ":subnet/" + subnet.id());
        node.put("EnableDns64", false);
        node.put("Ipv6Native", false);
        node.putObject("PrivateDnsNameOptionsOnLaunch")
                .put("HostnameType", "ip-name")
                .put("EnableResourceNameDnsARecord", false)
                .put("EnableResourceNameDnsAAAARecord", false);
        node.putObject("BlockPublicAccessStates").put("InternetGatewayBlockMode", "off");
        node.put("SubnetId", subnet.id());
        node.put("State", "available");
        node.put("VpcId", subnet.vpc().id());
        node.put("CidrBlock", subnet.cidr());
        node.put("AvailableIpAddressCount", (1 << (32 - prefix)) - 5 - inUse);
        node.put("AvailabilityZone", zone);
        node.put("DefaultForAz", subnet.vpc().isDefault());
        node.put("MapPublicIpOnLaunch", subnet.isPublic());
        return node;
    }

    private static ObjectNode natGateway(NatGateway gateway)
    {
        NetworkInterface networkInterface = gateway.networkInterface();
        ObjectNode node = object();
        node.put("CreateTime", "2022-09-12T08:30:44+00:00");
        node.putArray("NatGatewayAddresses").addObject()
                .put("AllocationId", gateway.allocationId())
                .put("NetworkInterfaceId", networkInterface.id())
                .put("PrivateIp", networkInterface.privateIp())
                .put("PublicIp", networkInterface.publicIp())
                .put("AssociationId", SampleIds.awsId("eipassoc", gateway.name()))
                .put("IsPrimary", true)
                .put("Status", "succeeded");
        node.put("NatGatewayId", gateway.id());
        node.put("State", "available");
        node.put("SubnetId", gateway.subnet().id());
        node.put("VpcId", gateway.subnet().vpc().id());
        node.set("Tags", AwsCliJsonWriter.tags(gateway.tags()));
        node.put("ConnectivityType", "public");
        return node;
    }

    private static ObjectNode endpoint(VpcEndpoint endpoint)
    {
        boolean gateway = endpoint.type().equals("Gateway");
        String region = endpoint.vpc().where().region();
        ObjectNode node = object();
        node.put("VpcEndpointId", endpoint.id());
        node.put("VpcEndpointType", endpoint.type());
        node.put("VpcId", endpoint.vpc().id());
        node.put("ServiceName", endpoint.serviceName());
        node.put("State", "available");
        node.put("PolicyDocument", ENDPOINT_POLICY);
        node.set("RouteTableIds", gateway ? AwsCliJsonWriter.strings(List.of(SampleIds.awsId("rtb", endpoint.vpc().name() + ":private"))) : array());
        node.set("SubnetIds", AwsCliJsonWriter.strings(endpoint.subnets().stream().map(Subnet::id).toList()));
        node.set("Groups", AwsCliJsonWriter.groups(endpoint.groups()));
        node.put("IpAddressType", "ipv4");
        if (!gateway) {
            node.putObject("DnsOptions").put("DnsRecordIpType", "ipv4");
        }
        node.put("PrivateDnsEnabled", !gateway && !endpoint.serviceName().endsWith(".s3"));
        node.put("RequesterManaged", false);
        node.set("NetworkInterfaceIds", AwsCliJsonWriter.strings(endpoint.interfaces().stream().map(NetworkInterface::id).toList()));
        ArrayNode dnsEntries = node.putArray("DnsEntries");
        if (!gateway) {
            String service = endpoint.serviceName().substring(endpoint.serviceName().lastIndexOf('.') + 1);
            dnsEntries.addObject()
                    .put("DnsName", endpoint.id() + "-" + SampleIds.alphanumeric("dns:" + endpoint.id(), 8) + "." + service + "." + region + ".vpce.amazonaws.com")
                    .put("HostedZoneId", region.equals("us-east-1") ? "Z7HUB22UULQXV" : "Z38GZ743OKFT7T");
        }
        node.put("CreationTimestamp", "2023-02-14T10:05:27.000000+00:00");
        node.set("Tags", AwsCliJsonWriter.tags(endpoint.tags()));
        node.put("OwnerId", endpoint.vpc().where().accountId());
        return node;
    }

    private static ObjectNode flowLog(Vpc vpc)
    {
        ObjectNode node = object();
        node.put("CreationTime", "2022-08-22T09:14:51.000000+00:00");
        node.put("DeliverLogsStatus", "SUCCESS");
        node.put("FlowLogId", SampleIds.awsId("fl", vpc.name()));
        node.put("FlowLogStatus", "ACTIVE");
        node.put("ResourceId", vpc.id());
        node.put("TrafficType", "ALL");
        node.put("LogDestinationType", "s3");
        node.put("LogDestination", "arn:aws:s3:::northwind-vpc-flow-logs/" + vpc.where().accountId() + "/");
        node.put("LogFormat", DEFAULT_FORMAT);
        node.set("Tags", array());
        node.put("MaxAggregationInterval", 600);
        node.putObject("DestinationOptions").put("FileFormat", "plain-text").put("HiveCompatiblePartitions", false).put("PerHourPartition", false);
        return node;
    }
}

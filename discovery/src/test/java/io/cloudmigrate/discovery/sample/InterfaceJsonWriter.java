package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code ec2-describe-security-groups.json} and {@code ec2-describe-network-interfaces.json}.
 * Rules with the same protocol and ports are merged into one {@code IpPermission}, as EC2 reports
 * them; a reference to a group in a peered VPC carries the peering connection.
 */
final class InterfaceJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    InterfaceJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode groups = array();
        topology.securityGroups().stream().filter(group -> group.vpc().where().equals(region)).forEach(group -> groups.add(securityGroup(group)));
        ArrayNode interfaces = array();
        topology.networkInterfaces().stream().filter(networkInterface -> networkInterface.where().equals(region))
                .forEach(networkInterface -> interfaces.add(networkInterface(networkInterface)));
        out.write(region.folder() + "/ec2-describe-security-groups.json", NetworkJsonWriter.wrap("SecurityGroups", groups));
        out.write(region.folder() + "/ec2-describe-network-interfaces.json", NetworkJsonWriter.wrap("NetworkInterfaces", interfaces));
    }

    private ObjectNode securityGroup(SecurityGroup group)
    {
        AccountRegion where = group.vpc().where();
        ObjectNode node = object();
        node.put("GroupId", group.id());
        ObjectNode egress = object().put("IpProtocol", "-1");
        egress.set("UserIdGroupPairs", array());
        egress.putArray("IpRanges").addObject().put("CidrIp", "0.0.0.0/0");
        egress.set("Ipv6Ranges", array());
        egress.set("PrefixListIds", array());
        node.putArray("IpPermissionsEgress").add(egress);
        if (!group.tags().isEmpty()) {
            node.set("Tags", AwsCliJsonWriter.tags(group.tags()));
        }
        node.put("VpcId", group.vpc().id());
        node.put("SecurityGroupArn", "arn:aws:ec2:" + where.region() + ":" + where.accountId() + ":security-group/" + group.id());
        node.put("OwnerId", where.accountId());
        node.put("GroupName", group.name());
        node.put("Description", group.description());
        ArrayNode permissions = node.putArray("IpPermissions");
        Map<String, List<Rule>> byPorts = new LinkedHashMap<>();
        for (Rule rule : group.ingress()) {
            byPorts.computeIfAbsent(rule.protocol() + "/" + rule.fromPort() + "/" + rule.toPort(), key -> new ArrayList<>()).add(rule);
        }
        byPorts.values().forEach(rules -> permissions.add(permission(group, rules)));
        return node;
    }

    private ObjectNode permission(SecurityGroup group, List<Rule> rules)
    {
        Rule first = rules.getFirst();
        ObjectNode node = object().put("IpProtocol", first.protocol());
        if (!first.protocol().equals("-1")) {
            node.put("FromPort", first.fromPort()).put("ToPort", first.toPort());
        }
        ArrayNode pairs = node.putArray("UserIdGroupPairs");
        ArrayNode ranges = node.putArray("IpRanges");
        ArrayNode ipv6Ranges = node.putArray("Ipv6Ranges");
        node.set("PrefixListIds", array());
        for (Rule rule : rules) {
            ObjectNode peer = switch (rule.kind()) {
                case CIDR -> ranges.addObject().put("CidrIp", rule.peer());
                case IPV6_CIDR -> ipv6Ranges.addObject().put("CidrIpv6", rule.peer());
                case GROUP -> pairs.addObject();
            };
            if (rule.description() != null) {
                peer.put("Description", rule.description());
            }
            if (rule.kind() == SampleNetwork.PeerKind.GROUP) {
                SecurityGroup referenced = topology.securityGroup(rule.peer());
                peer.put("UserId", referenced.vpc().where().accountId());
                peer.put("GroupId", referenced.id());
                if (!referenced.vpc().equals(group.vpc())) {
                    String pair = Stream.of(referenced.vpc().name(), group.vpc().name()).sorted().toList().toString();
                    peer.put("VpcId", referenced.vpc().id());
                    peer.put("VpcPeeringConnectionId", SampleIds.awsId("pcx", pair));
                    peer.put("PeeringStatus", "active");
                }
            }
        }
        return node;
    }

    private ObjectNode networkInterface(NetworkInterface networkInterface)
    {
        AccountRegion where = networkInterface.where();
        String privateDnsName = AwsCliJsonWriter.privateDnsName(where.region(), networkInterface.privateIp());
        ObjectNode node = object();
        ObjectNode association = null;
        if (networkInterface.publicIp() != null) {
            association = object()
                    .put("IpOwnerId", "amazon")
                    .put("PublicDnsName", AwsCliJsonWriter.publicDnsName(where.region(), networkInterface.publicIp()))
                    .put("PublicIp", networkInterface.publicIp());
            node.set("Association", association);
        }
        ObjectNode attachment = node.putObject("Attachment");
        if (networkInterface.instanceId() != null) {
            String launchTime = topology.instances().stream()
                    .filter(instance -> instance.id().equals(networkInterface.instanceId()))
                    .findFirst()
                    .orElseThrow()
                    .launchTime();
            attachment.put("AttachTime", launchTime)
                    .put("AttachmentId", SampleIds.awsId("eni-attach", networkInterface.id()))
                    .put("DeleteOnTermination", true)
                    .put("DeviceIndex", 0)
                    .put("NetworkCardIndex", 0)
                    .put("InstanceId", networkInterface.instanceId())
                    .put("InstanceOwnerId", where.accountId())
                    .put("Status", "attached");
        }
        else {
            attachment.put("AttachmentId", SampleIds.awsId("ela-attach", networkInterface.id()))
                    .put("DeleteOnTermination", false)
                    .put("DeviceIndex", 1)
                    .put("InstanceOwnerId", networkInterface.requesterId().startsWith("amazon-") ? networkInterface.requesterId() : "amazon-aws")
                    .put("Status", "attached");
        }
        node.put("AvailabilityZone", networkInterface.subnet().availabilityZone());
        node.put("Description", networkInterface.description());
        node.set("Groups", AwsCliJsonWriter.groups(networkInterface.groups()));
        node.put("InterfaceType", networkInterface.interfaceType());
        node.set("Ipv6Addresses", array());
        node.put("MacAddress", SampleIds.macAddress(networkInterface.id()));
        node.put("NetworkInterfaceId", networkInterface.id());
        node.put("OwnerId", where.accountId());
        node.put("PrivateDnsName", privateDnsName);
        node.put("PrivateIpAddress", networkInterface.privateIp());
        ObjectNode address = node.putArray("PrivateIpAddresses").addObject();
        if (association != null) {
            address.set("Association", association.deepCopy());
        }
        address.put("Primary", true).put("PrivateDnsName", privateDnsName).put("PrivateIpAddress", networkInterface.privateIp());
        if (networkInterface.requesterId() != null) {
            node.put("RequesterId", networkInterface.requesterId());
        }
        node.put("RequesterManaged", networkInterface.requesterId() != null);
        // NAT gateways forward other hosts' packets
        node.put("SourceDestCheck", !networkInterface.interfaceType().equals("nat_gateway"));
        node.put("Status", "in-use");
        node.put("SubnetId", networkInterface.subnet().id());
        node.set("TagSet", array());
        node.put("VpcId", networkInterface.subnet().vpc().id());
        return node;
    }
}

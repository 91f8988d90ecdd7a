package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkInterface;

import java.util.ArrayList;
import java.util.List;

/**
 * Network interfaces of one region, each with its owner resolved. Runs after every reader of
 * resources, since any of them may own an interface. The owner gets the interface added to its
 * placement.
 */
final class NetworkInterfaceReader
{
    private NetworkInterfaceReader() {}

    static void read(RegionContext context)
    {
        NetworkInterfaceOwners owners = new NetworkInterfaceOwners(context);
        for (JsonNode networkInterface : context.items("ec2-describe-network-interfaces", "NetworkInterfaces")) {
            String id = Json.text(networkInterface, "NetworkInterfaceId");
            if (id == null) {
                continue;
            }
            List<String> privateIps = new ArrayList<>(Json.present(Json.text(networkInterface, "PrivateIpAddress")));
            List<String> publicIps = new ArrayList<>(Json.present(Json.textAt(networkInterface, "Association", "PublicIp")));
            for (JsonNode address : Json.array(networkInterface, "PrivateIpAddresses")) {
                Json.addNew(privateIps, Json.present(Json.text(address, "PrivateIpAddress")));
                Json.addNew(publicIps, Json.present(Json.textAt(address, "Association", "PublicIp")));
            }
            privateIps = ValueChecks.addresses(context, "ec2", id, "PrivateIpAddresses", privateIps);
            publicIps = ValueChecks.addresses(context, "ec2", id, "PublicIp", publicIps);
            NetworkInterfaceOwners.Facts facts = new NetworkInterfaceOwners.Facts(
                    id,
                    identifier(context, id, "VpcId", "vpc", Json.text(networkInterface, "VpcId")),
                    identifier(context, id, "SubnetId", "subnet", Json.text(networkInterface, "SubnetId")),
                    ValueChecks.identifiers(context, "ec2", id, "Groups", "sg", Json.texts(networkInterface, "Groups", "GroupId")),
                    Json.text(networkInterface, "Description"),
                    Json.text(networkInterface, "InterfaceType"),
                    Json.textAt(networkInterface, "Attachment", "InstanceId"));
            NetworkInterfaceOwners.Owner owner = owners.resolve(facts);
            if (owner.resourceId() != null) {
                context.estate().linkNetworkInterface(owner.resourceId(), id);
            }
            context.estate().add(new NetworkInterface(id, context.accountId(), context.region(), facts.vpcId(), facts.subnetId(),
                    privateIps, publicIps, ValueChecks.addresses(context, "ec2", id, "Ipv6Addresses", Json.texts(networkInterface, "Ipv6Addresses", "Ipv6Address")),
                    facts.securityGroupIds(),
                    facts.interfaceType(), facts.description(), facts.attachedInstanceId(), owner.kind(), owner.resourceId()));
        }
    }

    private static String identifier(RegionContext context, String owner, String field, String prefix, String value)
    {
        return value == null || ValueChecks.identifiers(context, "ec2", owner, field, prefix, List.of(value)).isEmpty() ? null : value;
    }
}

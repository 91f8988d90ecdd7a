package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the values readers take from AWS output before they reach the inventory: ARNs, EC2
 * identifiers, IP addresses and CIDR blocks. A bad value gets a warning that names the resource and
 * the field, and is left out; a resource whose ARN is malformed is left out whole, since its ARN is
 * its identity everywhere downstream.
 */
final class ValueChecks
{
    // An account folder no file names is filed under account "unknown", and its ARNs say so.
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(-[a-z]+)+-\\d+)?:(\\d{12}|" + AccountResolver.UNKNOWN_ACCOUNT
            + ")?:\\S+");
    // AWS identifiers are a prefix and a hexadecimal suffix; tests and other tools write readable suffixes, which are fine.
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+(-[a-z]+)*-[A-Za-z0-9]+");

    private ValueChecks() {}

    static boolean isArn(String text)
    {
        return text != null && ARN.matcher(text).matches();
    }

    /**
     * The resource with the network values that hold up, or empty when its ARN does not: the
     * placement's addresses must be IP addresses, its VPC, subnet, security group and network
     * interface ids must be identifiers ({@code "null"} and {@code "None"}, as some tools write a
     * missing value, are not).
     */
    static Optional<Resource> resource(RegionContext context, String service, Resource resource)
    {
        String id = resource.id();
        if (!isArn(id)) {
            context.warn(service, Warnings.INVALID_VALUE, id, "\"" + id + "\" (" + resource.type() + " " + resource.name()
                    + ") is not an ARN (arn:partition:service:region:account:resource); the resource was left out");
            return Optional.empty();
        }
        NetworkPlacement network = resource.network();
        String vpcId = network.vpcId() == null || identifiers(context, service, id, "network.vpcId", "vpc", List.of(network.vpcId())).isEmpty()
                ? null : network.vpcId();
        NetworkPlacement checked = new NetworkPlacement(vpcId,
                identifiers(context, service, id, "network.subnetIds", "subnet", network.subnetIds()),
                identifiers(context, service, id, "network.securityGroupIds", "sg", network.securityGroupIds()),
                identifiers(context, service, id, "network.networkInterfaceIds", "eni", network.networkInterfaceIds()),
                addresses(context, service, id, "network.privateIpAddresses", network.privateIpAddresses()),
                addresses(context, service, id, "network.publicIpAddresses", network.publicIpAddresses()));
        if (checked.equals(network)) {
            return Optional.of(resource);
        }
        return Optional.of(new Resource(id, resource.type(), resource.accountId(), resource.region(), resource.name(), resource.tags(), checked,
                resource.details()));
    }

    /** The values that are IP addresses (IPv4 or IPv6), in order; each other value gets a warning. */
    static List<String> addresses(RegionContext context, String service, String owner, String field, List<String> values)
    {
        List<String> valid = new ArrayList<>();
        for (String value : values) {
            if (Addresses.address(value).isPresent()) {
                valid.add(value);
            }
            else {
                context.warn(service, Warnings.INVALID_VALUE, owner, owner + " " + field + ": \"" + value + "\" is not an IP address; it was left out");
            }
        }
        return valid;
    }

    /**
     * Whether a listener's port, where the listener gives one, is one a load balancer can have (1 to
     * 65535); a listener with any other gets a warning naming the load balancer and the field, and is
     * left out. A Gateway Load Balancer's listeners give none.
     */
    static boolean listenerPort(RegionContext context, String service, String owner, JsonNode listener, String field, int port)
    {
        if (!listener.hasNonNull(field) || port >= 1 && port <= 65535) {
            return true;
        }
        context.warn(service, Warnings.INVALID_VALUE, owner, owner + " listener " + field + ": " + port
                + " is not a port (1 to 65535); the listener was left out");
        return false;
    }

    /** The values that are identifiers with the prefix AWS gives them ({@code subnet-…}); each other value gets a warning. */
    static List<String> identifiers(RegionContext context, String service, String owner, String field, String prefix, List<String> values)
    {
        List<String> valid = new ArrayList<>();
        for (String value : values) {
            if (IDENTIFIER.matcher(value).matches() && value.startsWith(prefix + "-")) {
                valid.add(value);
            }
            else {
                context.warn(service, Warnings.INVALID_VALUE, owner, owner + " " + field + ": \"" + value + "\" is not a " + prefix
                        + "- identifier; it was left out");
            }
        }
        return valid;
    }

    /**
     * The IPv4 block of a VPC or subnet ({@code CidrBlock}, which AWS fills with the IPv4 block), as its
     * network; {@code null} when it is missing, malformed or an IPv6 block, each with a warning.
     */
    static String ipv4Block(RegionContext context, String owner, String field, String value)
    {
        if (value == null) {
            return null;
        }
        Optional<Addresses.Block> block = Addresses.block(value);
        if (block.isEmpty()) {
            context.warn("ec2", Warnings.INVALID_VALUE, owner, owner + " " + field + ": \"" + value + "\" is not a CIDR block; the block is unknown");
            return null;
        }
        if (block.get().ipv6()) {
            context.warn("ec2", Warnings.INVALID_VALUE, owner, owner + " " + field + ": " + value + " is an IPv6 block, where AWS gives the IPv4 block"
                    + " (IPv6 blocks are in Ipv6CidrBlockAssociationSet); it was not recorded as the IPv4 block, which is unknown");
            return null;
        }
        if (block.get().hostBitsSet()) {
            context.warn("ec2", Warnings.NORMALISED_VALUE, owner, owner + " " + field + ": " + value + " has host bits set; read as its network "
                    + block.get().text());
        }
        return block.get().text();
    }
}

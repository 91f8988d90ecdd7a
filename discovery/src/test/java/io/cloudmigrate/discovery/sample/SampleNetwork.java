package io.cloudmigrate.discovery.sample;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The network part of the sample estate: accounts, VPCs, subnets, security groups, network
 * interfaces, NAT gateways and VPC endpoints.
 */
final class SampleNetwork
{
    private SampleNetwork() {}

    /** An AWS account; {@code folder} is its folder in the AWS CLI layout. */
    record Account(String id, String folder, String alias) {}

    /** One region of one account: a region folder of the layout. */
    record AccountRegion(Account account, String region)
    {
        String folder()
        {
            return account.folder() + "/" + region;
        }

        String accountId()
        {
            return account.id();
        }
    }

    record Tag(String key, String value)
    {
        Tag
        {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
        }
    }

    record Vpc(String id, String name, AccountRegion where, String cidr, boolean isDefault, List<Tag> tags) {}

    record Subnet(String id, String name, Vpc vpc, String cidr, String availabilityZone, boolean isPublic, List<Tag> tags)
    {
        AccountRegion where()
        {
            return vpc.where();
        }
    }

    /** What a security-group rule's {@code peer} names. */
    enum PeerKind
    {
        CIDR,
        IPV6_CIDR,
        GROUP
    }

    /**
     * One ingress rule with one peer.
     *
     * @param protocol {@code tcp}, {@code udp} or {@code -1}
     * @param peer a CIDR block or the key of a {@link SecurityGroup}
     */
    record Rule(String protocol, int fromPort, int toPort, PeerKind kind, String peer, String description)
    {
        static Rule tcp(int port, String cidr, String description)
        {
            return new Rule("tcp", port, port, cidr.contains(":") ? PeerKind.IPV6_CIDR : PeerKind.CIDR, cidr, description);
        }

        static Rule udp(int port, String cidr, String description)
        {
            return new Rule("udp", port, port, PeerKind.CIDR, cidr, description);
        }

        static Rule tcpFromGroup(int port, String groupKey, String description)
        {
            return new Rule("tcp", port, port, PeerKind.GROUP, groupKey, description);
        }

        static Rule allFromGroup(String groupKey)
        {
            return new Rule("-1", -1, -1, PeerKind.GROUP, groupKey, null);
        }
    }

    /**
     * A security group. {@code key} is unique across the estate (the group name, or
     * {@code <vpc name>/default} for default groups) and is what rules refer to.
     */
    record SecurityGroup(String key, String id, String name, Vpc vpc, String description, List<Rule> ingress, List<Tag> tags) {}

    /**
     * An ENI.
     *
     * @param owner the name of the sample resource the ENI belongs to; flows are written between owners
     * @param publicIp the associated public address, or {@code null}
     * @param requesterId the AWS service that manages the ENI, or {@code null} for ENIs the account made
     * @param instanceId the EC2 instance it is attached to, or {@code null}
     */
    record NetworkInterface(
            String id,
            String owner,
            Subnet subnet,
            String privateIp,
            String publicIp,
            List<SecurityGroup> groups,
            String interfaceType,
            String description,
            String requesterId,
            String instanceId)
    {
        AccountRegion where()
        {
            return subnet.where();
        }
    }

    record NatGateway(String id, String name, Subnet subnet, NetworkInterface networkInterface, String allocationId, List<Tag> tags) {}

    /** @param type {@code Interface} or {@code Gateway} */
    record VpcEndpoint(
            String id,
            String name,
            Vpc vpc,
            String serviceName,
            String type,
            List<Subnet> subnets,
            List<SecurityGroup> groups,
            List<NetworkInterface> interfaces,
            List<Tag> tags) {}
}

package io.cloudmigrate.discovery;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An elastic network interface, with the resource that owns it resolved where possible.
 *
 * @param interfaceType as EC2 reports it ({@code interface}, {@code lambda}, {@code nat_gateway}, {@code vpc_endpoint} …)
 * @param description the ENI description, which names the owner for most AWS-managed ENIs
 * @param attachedInstanceId the EC2 instance it is attached to, or {@code null}
 * @param ownerKind what kind of thing owns the ENI
 * @param ownerResourceId the ARN of the owning {@link Resource} in the inventory, or {@code null} when it is not in the inventory
 */
public record NetworkInterface(
        String id,
        String accountId,
        String region,
        String vpcId,
        String subnetId,
        List<String> privateIpAddresses,
        List<String> publicIpAddresses,
        List<String> ipv6Addresses,
        List<String> securityGroupIds,
        String interfaceType,
        String description,
        String attachedInstanceId,
        OwnerKind ownerKind,
        String ownerResourceId)
{
    /** What owns a network interface, as resolved from its attachment and description. */
    public enum OwnerKind
    {
        EC2_INSTANCE,
        LAMBDA_FUNCTION,
        RDS_DB_INSTANCE,
        ELASTICACHE_CLUSTER,
        LOAD_BALANCER,
        NAT_GATEWAY,
        VPC_ENDPOINT,
        ECS_TASK,
        UNKNOWN
    }

    public NetworkInterface
    {
        requireNonNull(id, "id is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        privateIpAddresses = List.copyOf(requireNonNull(privateIpAddresses, "privateIpAddresses is null"));
        publicIpAddresses = List.copyOf(requireNonNull(publicIpAddresses, "publicIpAddresses is null"));
        ipv6Addresses = List.copyOf(requireNonNull(ipv6Addresses, "ipv6Addresses is null"));
        securityGroupIds = List.copyOf(requireNonNull(securityGroupIds, "securityGroupIds is null"));
        requireNonNull(ownerKind, "ownerKind is null");
    }
}

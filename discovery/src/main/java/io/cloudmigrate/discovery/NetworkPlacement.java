package io.cloudmigrate.discovery;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where a resource sits in the network. Lists are kept in the order AWS reported them.
 *
 * @param vpcId the VPC, or {@code null} for resources outside any VPC (S3, a Lambda function without VPC config)
 */
public record NetworkPlacement(
        String vpcId,
        List<String> subnetIds,
        List<String> securityGroupIds,
        List<String> networkInterfaceIds,
        List<String> privateIpAddresses,
        List<String> publicIpAddresses)
{
    public static final NetworkPlacement NONE = new NetworkPlacement(null, List.of(), List.of(), List.of(), List.of(), List.of());

    public NetworkPlacement
    {
        subnetIds = List.copyOf(requireNonNull(subnetIds, "subnetIds is null"));
        securityGroupIds = List.copyOf(requireNonNull(securityGroupIds, "securityGroupIds is null"));
        networkInterfaceIds = List.copyOf(requireNonNull(networkInterfaceIds, "networkInterfaceIds is null"));
        privateIpAddresses = List.copyOf(requireNonNull(privateIpAddresses, "privateIpAddresses is null"));
        publicIpAddresses = List.copyOf(requireNonNull(publicIpAddresses, "publicIpAddresses is null"));
    }
}

package io.cloudmigrate.discovery.aws.network;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.ec2.Ec2Client;

import static java.util.Objects.requireNonNull;

/** Reads the network: VPCs, subnets, route tables, security groups, network interfaces, NAT gateways, VPC endpoints. Pages are as large as each API allows. */
final class NetworkScanner
        implements Scanner
{
    private final ScannerContext context;

    NetworkScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        Ec2Client ec2 = context.client(Ec2Client.builder());
        context.document("ec2-describe-vpcs", "Vpcs", ec2.describeVpcsPaginator(request -> request.maxResults(1000)).vpcs().stream().toList());
        context.document("ec2-describe-subnets", "Subnets", ec2.describeSubnetsPaginator(request -> request.maxResults(1000)).subnets().stream().toList());
        // DescribeRouteTables takes at most 100 per page, unlike the other network describes
        context.optionalCall("ec2-describe-route-tables", context.region(), () -> context.document("ec2-describe-route-tables", "RouteTables",
                ec2.describeRouteTablesPaginator(request -> request.maxResults(100)).routeTables().stream().toList()));
        context.document("ec2-describe-security-groups", "SecurityGroups",
                ec2.describeSecurityGroupsPaginator(request -> request.maxResults(1000)).securityGroups().stream().toList());
        context.document("ec2-describe-network-interfaces", "NetworkInterfaces",
                ec2.describeNetworkInterfacesPaginator(request -> request.maxResults(1000)).networkInterfaces().stream().toList());
        context.document("ec2-describe-nat-gateways", "NatGateways",
                ec2.describeNatGatewaysPaginator(request -> request.maxResults(1000)).natGateways().stream().toList());
        context.document("ec2-describe-vpc-endpoints", "VpcEndpoints",
                ec2.describeVpcEndpointsPaginator(request -> request.maxResults(1000)).vpcEndpoints().stream().toList());
    }
}

package io.cloudmigrate.discovery.aws.network;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** VPCs, subnets, security groups, network interfaces, NAT gateways and VPC endpoints. */
public final class NetworkScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "network";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new NetworkScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("ec2:DescribeNatGateways", "ec2:DescribeNetworkInterfaces", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcEndpoints", "ec2:DescribeVpcs");
    }
}

package io.cloudmigrate.discovery.aws.ec2;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** EC2 instances, with platform details, EBS volumes and their snapshots, launch time and IMDS settings. */
public final class Ec2ScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "ec2";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new Ec2Scanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeSnapshots");
    }
}

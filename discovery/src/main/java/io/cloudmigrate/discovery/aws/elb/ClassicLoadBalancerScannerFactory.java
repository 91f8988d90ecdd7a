package io.cloudmigrate.discovery.aws.elb;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** Classic Load Balancers with their registered instances and tags. */
public final class ClassicLoadBalancerScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "elb";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new ClassicLoadBalancerScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags");
    }
}

package io.cloudmigrate.discovery.aws.elb;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** ELBv2 load balancers (application, network, gateway) with tags, listeners, target groups and target health. */
public final class LoadBalancerV2ScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "elbv2";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new LoadBalancerV2Scanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags",
                "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth");
    }
}

package io.cloudmigrate.discovery.aws.elb;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;

import static java.util.Objects.requireNonNull;

/** Reads the Classic Load Balancers. Pages are as large as each API allows. */
final class ClassicLoadBalancerScanner
        implements Scanner
{
    private final ScannerContext context;

    ClassicLoadBalancerScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ElasticLoadBalancingClient elb = context.client(ElasticLoadBalancingClient.builder());
        context.document("elb-describe-load-balancers", "LoadBalancerDescriptions",
                elb.describeLoadBalancersPaginator(request -> request.pageSize(400)).loadBalancerDescriptions().stream().toList());
    }
}

package io.cloudmigrate.discovery.aws.elb;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.internal.TagBatches;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Reads ELBv2 load balancers with their tags ({@code DescribeTags}, at most 20 ARNs a call), their
 * listeners, target groups and the health of each target. Pages are as large as each API allows.
 */
final class LoadBalancerV2Scanner
        implements Scanner
{
    static final int TAG_BATCH = 20;

    private final ScannerContext context;

    LoadBalancerV2Scanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ElasticLoadBalancingV2Client elb = context.client(ElasticLoadBalancingV2Client.builder());
        List<LoadBalancer> balancers = elb.describeLoadBalancersPaginator(request -> request.pageSize(400)).loadBalancers().stream().toList();
        context.document("elbv2-describe-load-balancers", "LoadBalancers", balancers);
        if (!balancers.isEmpty()) {
            context.optionalCall("elbv2-describe-tags", context.region(), () -> {
                List<TagDescription> tags = TagBatches.describe(balancers.stream().map(LoadBalancer::loadBalancerArn).toList(), TAG_BATCH,
                        arns -> elb.describeTags(request -> request.resourceArns(arns)).tagDescriptions(),
                        failure -> failure instanceof LoadBalancerNotFoundException);
                context.document("elbv2-describe-tags", DescribeTagsResponse.builder().tagDescriptions(tags).build());
            });
        }
        for (LoadBalancer balancer : balancers) {
            context.resourceDocument("elbv2-describe-listeners", balancer.loadBalancerArn(), "Listeners",
                    elb.describeListenersPaginator(request -> request.loadBalancerArn(balancer.loadBalancerArn()).pageSize(400)).listeners().stream().toList());
        }
        List<TargetGroup> groups = elb.describeTargetGroupsPaginator(request -> request.pageSize(400)).targetGroups().stream().toList();
        context.document("elbv2-describe-target-groups", "TargetGroups", groups);
        for (TargetGroup group : groups) {
            context.resourceDocument("elbv2-describe-target-health", group.targetGroupArn(),
                    elb.describeTargetHealth(request -> request.targetGroupArn(group.targetGroupArn())));
        }
    }
}

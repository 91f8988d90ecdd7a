package io.cloudmigrate.discovery.aws.elb;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.internal.TagBatches;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagDescription;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Reads the Classic Load Balancers and their tags, which {@code DescribeLoadBalancers} leaves out:
 * {@code DescribeTags} takes at most 20 names a call. Pages are as large as each API allows.
 */
final class ClassicLoadBalancerScanner
        implements Scanner
{
    static final int TAG_BATCH = 20;

    private final ScannerContext context;

    ClassicLoadBalancerScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ElasticLoadBalancingClient elb = context.client(ElasticLoadBalancingClient.builder());
        List<LoadBalancerDescription> balancers = elb.describeLoadBalancersPaginator(request -> request.pageSize(400)).loadBalancerDescriptions().stream().toList();
        context.document("elb-describe-load-balancers", "LoadBalancerDescriptions", balancers);
        if (balancers.isEmpty()) {
            return;
        }
        context.optionalCall("elb-describe-tags", context.region(), () -> {
            List<TagDescription> tags = TagBatches.describe(balancers.stream().map(LoadBalancerDescription::loadBalancerName).toList(), TAG_BATCH,
                    names -> elb.describeTags(request -> request.loadBalancerNames(names)).tagDescriptions(),
                    failure -> failure instanceof LoadBalancerNotFoundException);
            context.document("elb-describe-tags", DescribeTagsResponse.builder().tagDescriptions(tags).build());
        });
    }
}

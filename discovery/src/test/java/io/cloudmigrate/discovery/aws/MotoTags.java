package io.cloudmigrate.discovery.aws;

import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;

/**
 * Tags what {@link MotoEstate} and {@link MotoServices} seeded in the estate's account, through each
 * service's own tagging call, and adds a tagged batch of balancers one larger than a
 * {@code DescribeTags} call takes (20), so that the tags arrive from two calls per API; each only
 * where the emulator offers the service.
 */
final class MotoTags
{
    static final Map<String, String> FUNCTION_TAGS = Map.of("owner", "orders-team", "app", "orders", "env", "prod");
    static final Map<String, String> CACHE_TAGS = Map.of("owner", "sessions-team", "app", "storefront", "Name", "shop-sessions");
    static final Map<String, String> CLASSIC_TAGS = Map.of("owner", "legacy-team", "app", "erp");
    static final Map<String, String> ALB_TAGS = Map.of("owner", "web-team", "app", "storefront", "env", "prod");
    static final Map<String, String> BUCKET_TAGS = Map.of("owner", "data-team", "app", "assets");
    static final Map<String, String> CLUSTER_TAGS = Map.of("owner", "platform-team", "env", "prod");
    static final Map<String, String> SERVICE_TAGS = Map.of("owner", "cart-team", "app", "cart");
    /** With the balancer of {@link MotoServices} or {@link MotoEstate}, 21 of each kind: two {@code DescribeTags} calls. */
    static final int EXTRA_BALANCERS = 20;

    /**
     * What was made besides the seeded resources: an untagged bucket, a tagged bucket in another region
     * than the scan's first (its tagging output is stored with the bucket listing, not in its region),
     * and the extra balancers.
     */
    record Tagged(String untaggedBucket, String otherRegionBucket, List<String> classicNames, List<String> networkBalancerArns) {}

    static final String OTHER_REGION = "ap-southeast-2";

    private MotoTags() {}

    static Tagged tag(MotoEstate estate, MotoEstate.Seeded core, MotoServices.Seeded services)
    {
        String region = core.region();
        try (LambdaClient lambda = configure(LambdaClient.builder(), estate.endpoint(), estate.credentials(), region).build();
                S3Client s3 = configure(S3Client.builder().forcePathStyle(true), estate.endpoint(), estate.credentials(), region).build()) {
            lambda.tagResource(request -> request.resource(services.functionArn()).tags(FUNCTION_TAGS));
            if (estate.offers(AwsEmulator.Service.ELASTICACHE)) {
                tagCache(estate, region);
            }
            if (estate.offers(AwsEmulator.Service.ECS)) {
                try (EcsClient ecs = configure(EcsClient.builder(), estate.endpoint(), estate.credentials(), region).build()) {
                    ecs.tagResource(request -> request.resourceArn(estate.arn(region, "ecs", "cluster/shop")).tags(ecsTags(CLUSTER_TAGS)));
                    ecs.tagResource(request -> request.resourceArn(estate.arn(region, "ecs", "service/shop/cart")).tags(ecsTags(SERVICE_TAGS)));
                }
            }
            s3.putBucketTagging(request -> request.bucket(core.bucketName()).tagging(tagging -> tagging.tagSet(
                    tags(BUCKET_TAGS, (key, value) -> software.amazon.awssdk.services.s3.model.Tag.builder().key(key).value(value).build()))));
            String untaggedBucket = "plain-" + core.bucketName();
            s3.createBucket(request -> {
                request.bucket(untaggedBucket);
                if (!region.equals("us-east-1")) {
                    request.createBucketConfiguration(configuration -> configuration.locationConstraint(region));
                }
            });
            String otherRegionBucket = "far-" + core.bucketName();
            s3.createBucket(request -> request.bucket(otherRegionBucket).createBucketConfiguration(configuration -> configuration.locationConstraint(OTHER_REGION)));
            s3.putBucketTagging(request -> request.bucket(otherRegionBucket).tagging(tagging -> tagging.tagSet(
                    tags(BUCKET_TAGS, (key, value) -> software.amazon.awssdk.services.s3.model.Tag.builder().key(key).value(value).build()))));

            List<String> classicNames = new ArrayList<>();
            List<String> networkArns = new ArrayList<>();
            if (estate.offers(AwsEmulator.Service.CLASSIC_LOAD_BALANCING) && estate.offers(AwsEmulator.Service.LOAD_BALANCING_V2)) {
                tagBalancers(estate, core, classicNames, networkArns);
            }
            return new Tagged(untaggedBucket, otherRegionBucket, List.copyOf(classicNames), List.copyOf(networkArns));
        }
    }

    private static void tagCache(MotoEstate estate, String region)
    {
        try (ElastiCacheClient elastiCache = configure(ElastiCacheClient.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            elastiCache.addTagsToResource(request -> request.resourceName(estate.arn(region, "elasticache", "cluster:sessions"))
                    .tags(tags(CACHE_TAGS, (key, value) -> software.amazon.awssdk.services.elasticache.model.Tag.builder().key(key).value(value).build())));
        }
    }

    /** Tags the seeded balancers of both kinds, and adds the extra tagged batch of each kind. */
    private static void tagBalancers(MotoEstate estate, MotoEstate.Seeded core, List<String> classicNames, List<String> networkArns)
    {
        String region = core.region();
        try (ElasticLoadBalancingClient classic = configure(ElasticLoadBalancingClient.builder(), estate.endpoint(), estate.credentials(), region).build();
                ElasticLoadBalancingV2Client v2 = configure(ElasticLoadBalancingV2Client.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            classic.addTags(request -> request.loadBalancerNames("legacy-" + region)
                    .tags(tags(CLASSIC_TAGS, (key, value) -> software.amazon.awssdk.services.elasticloadbalancing.model.Tag.builder().key(key).value(value).build())));
            v2.addTags(request -> request.resourceArns(core.loadBalancerArn())
                    .tags(tags(ALB_TAGS, (key, value) -> software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder().key(key).value(value).build())));
            for (int index = 0; index < EXTRA_BALANCERS; index++) {
                String name = "batch-%02d".formatted(index);
                classic.createLoadBalancer(request -> request.loadBalancerName(name).subnets(core.subnetId())
                        .listeners(listener -> listener.protocol("TCP").loadBalancerPort(443).instanceProtocol("TCP").instancePort(8443))
                        .tags(tag -> tag.key("batch").value(name)));
                classicNames.add(name);
                networkArns.add(v2.createLoadBalancer(request -> request.name(name).subnets(core.subnetId()).type("network").scheme("internal")
                        .tags(tag -> tag.key("batch").value(name))).loadBalancers().getFirst().loadBalancerArn());
            }
        }
    }

    private static List<software.amazon.awssdk.services.ecs.model.Tag> ecsTags(Map<String, String> tags)
    {
        return tags(tags, (key, value) -> software.amazon.awssdk.services.ecs.model.Tag.builder().key(key).value(value).build());
    }

    /** Each service has a Tag class of its own. */
    private static <T> List<T> tags(Map<String, String> tags, BiFunction<String, String, T> tag)
    {
        return new TreeMap<>(tags).entrySet().stream().map(entry -> tag.apply(entry.getKey(), entry.getValue())).toList();
    }
}

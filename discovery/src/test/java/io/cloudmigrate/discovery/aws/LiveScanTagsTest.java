package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.discovery.aws.MotoTags.arn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags that AWS returns only from tag calls of their own (Lambda, ElastiCache, both kinds of load
 * balancer, S3) or only when asked for ({@code include TAGS} of ECS) arrive on the scanned resources,
 * exactly as seeded.
 */
class LiveScanTagsTest
{
    private static final String REGION = "us-east-1";

    @Test
    void scannedResourcesCarryTheTagsOfTheirTagCalls()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded core = MotoEstate.callerAccount(endpoint).seed(REGION, "10.80.0.0/16");
        MotoServices.Seeded services = MotoServices.seed(endpoint, core);
        MotoTags.Tagged tagged = MotoTags.tag(endpoint, core, services);
        ApiCallRecorder recorder = new ApiCallRecorder();

        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();

        assertThat(resource(inventory, services.functionArn()).tags()).isEqualTo(MotoTags.FUNCTION_TAGS);
        Resource cache = resource(inventory, arn(REGION, "elasticache", "cluster:sessions"));
        assertThat(cache.tags()).isEqualTo(MotoTags.CACHE_TAGS);
        assertThat(cache.name()).isEqualTo("shop-sessions");
        assertThat(resource(inventory, arn(REGION, "elasticloadbalancing", "loadbalancer/legacy-" + REGION)).tags()).isEqualTo(MotoTags.CLASSIC_TAGS);
        assertThat(resource(inventory, core.loadBalancerArn()).tags()).isEqualTo(MotoTags.ALB_TAGS);
        assertThat(resource(inventory, "arn:aws:s3:::" + core.bucketName()).tags()).isEqualTo(MotoTags.BUCKET_TAGS);
        assertThat(resource(inventory, "arn:aws:s3:::" + tagged.untaggedBucket()).tags()).isEmpty();
        Resource otherRegionBucket = resource(inventory, "arn:aws:s3:::" + tagged.otherRegionBucket());
        assertThat(otherRegionBucket.region()).isEqualTo(MotoTags.OTHER_REGION);
        assertThat(otherRegionBucket.tags()).isEqualTo(MotoTags.BUCKET_TAGS);
        assertThat(resource(inventory, arn(REGION, "ecs", "cluster/shop")).tags()).isEqualTo(MotoTags.CLUSTER_TAGS);
        assertThat(resource(inventory, arn(REGION, "ecs", "service/shop/cart")).tags()).isEqualTo(MotoTags.SERVICE_TAGS);
        for (String name : tagged.classicNames()) {
            assertThat(resource(inventory, arn(REGION, "elasticloadbalancing", "loadbalancer/" + name)).tags()).isEqualTo(Map.of("batch", name));
        }
        for (int index = 0; index < tagged.networkBalancerArns().size(); index++) {
            assertThat(resource(inventory, tagged.networkBalancerArns().get(index)).tags()).isEqualTo(Map.of("batch", tagged.classicNames().get(index)));
        }
        // a bucket without tags answers NoSuchTagSet: a fact, not a failure
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void asksForTagsOncePerResourceAndInBatchesOfTwentyLoadBalancers()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded core = MotoEstate.callerAccount(endpoint).seed(REGION, "10.81.0.0/16");
        MotoTags.tag(endpoint, core, MotoServices.seed(endpoint, core));
        ApiCallRecorder recorder = new ApiCallRecorder();

        AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {});

        // 21 balancers of each kind; one function, one cache cluster, three buckets
        assertThat(recorder.callsByOperation()).containsEntry("ElasticLoadBalancing:DescribeTags", 2L)
                .containsEntry("ElasticLoadBalancingV2:DescribeTags", 2L)
                .containsEntry("Lambda:ListTags", 1L)
                .containsEntry("ElastiCache:ListTagsForResource", 1L)
                .containsEntry("S3:GetBucketTagging", 3L);
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }
}

package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags that AWS returns only from tag calls of their own (Lambda, ElastiCache, both kinds of load
 * balancer, S3) or only when asked for ({@code include TAGS} of ECS) arrive on the scanned resources,
 * exactly as seeded; on each emulator, for the services it offers (see {@link EmulatorGaps}).
 */
class LiveScanTagsTest
{
    private static final String REGION = "us-east-1";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudmigrate.discovery.aws.AwsEmulator#both")
    void scannedResourcesCarryTheTagsOfTheirTagCalls(AwsEmulator emulator)
    {
        AwsEmulator.Account account = emulator.freshAccount();
        MotoEstate estate = MotoEstate.in(emulator, account);
        MotoEstate.Seeded core = estate.seed(REGION, "10.80.0.0/16");
        MotoServices.Seeded services = MotoServices.seed(estate, core);
        MotoTags.Tagged tagged = MotoTags.tag(estate, core, services);

        Inventory inventory = AwsScan.run(options(emulator, account), AwsScan.factories(), new ApiCallRecorder(), progress -> {}).inventory();

        assertThat(resource(inventory, services.functionArn()).tags()).isEqualTo(MotoTags.FUNCTION_TAGS);
        if (emulator.offers(AwsEmulator.Service.ELASTICACHE)) {
            Resource cache = resource(inventory, estate.arn(REGION, "elasticache", "cluster:sessions"));
            assertThat(cache.tags()).isEqualTo(MotoTags.CACHE_TAGS);
            assertThat(cache.name()).isEqualTo("shop-sessions");
        }
        if (emulator.offers(AwsEmulator.Service.CLASSIC_LOAD_BALANCING) && emulator.offers(AwsEmulator.Service.LOAD_BALANCING_V2)) {
            assertThat(resource(inventory, estate.arn(REGION, "elasticloadbalancing", "loadbalancer/legacy-" + REGION)).tags()).isEqualTo(MotoTags.CLASSIC_TAGS);
            assertThat(resource(inventory, core.loadBalancerArn()).tags()).isEqualTo(MotoTags.ALB_TAGS);
        }
        assertThat(resource(inventory, "arn:aws:s3:::" + core.bucketName()).tags()).isEqualTo(MotoTags.BUCKET_TAGS);
        assertThat(resource(inventory, "arn:aws:s3:::" + tagged.untaggedBucket()).tags()).isEmpty();
        Resource otherRegionBucket = resource(inventory, "arn:aws:s3:::" + tagged.otherRegionBucket());
        assertThat(otherRegionBucket.region()).isEqualTo(MotoTags.OTHER_REGION);
        assertThat(otherRegionBucket.tags()).isEqualTo(MotoTags.BUCKET_TAGS);
        if (emulator.offers(AwsEmulator.Service.ECS)) {
            assertThat(resource(inventory, estate.arn(REGION, "ecs", "cluster/shop")).tags()).isEqualTo(MotoTags.CLUSTER_TAGS);
            assertThat(resource(inventory, estate.arn(REGION, "ecs", "service/shop/cart")).tags()).isEqualTo(MotoTags.SERVICE_TAGS);
        }
        for (String name : tagged.classicNames()) {
            assertThat(resource(inventory, estate.arn(REGION, "elasticloadbalancing", "loadbalancer/" + name)).tags()).isEqualTo(Map.of("batch", name));
        }
        for (int index = 0; index < tagged.networkBalancerArns().size(); index++) {
            assertThat(resource(inventory, tagged.networkBalancerArns().get(index)).tags()).isEqualTo(Map.of("batch", tagged.classicNames().get(index)));
        }
        // a bucket without tags answers NoSuchTagSet: a fact, not a failure
        assertThat(EmulatorGaps.servicesWarnedAbout(inventory)).as("warnings %s", inventory.warnings()).isEqualTo(EmulatorGaps.missingServices(emulator));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudmigrate.discovery.aws.AwsEmulator#both")
    void asksForTagsOncePerResourceAndInBatchesOfTwentyLoadBalancers(AwsEmulator emulator)
    {
        AwsEmulator.Account account = emulator.freshAccount();
        MotoEstate estate = MotoEstate.in(emulator, account);
        MotoEstate.Seeded core = estate.seed(REGION, "10.81.0.0/16");
        MotoTags.tag(estate, core, MotoServices.seed(estate, core));
        ApiCallRecorder recorder = new ApiCallRecorder();

        AwsScan.run(options(emulator, account), AwsScan.factories(), recorder, progress -> {});

        // one function and three buckets everywhere; where offered, one cache cluster and 21 balancers of each kind
        assertThat(recorder.callsByOperation()).containsEntry("Lambda:ListTags", 1L).containsEntry("S3:GetBucketTagging", 3L);
        if (emulator.offers(AwsEmulator.Service.CLASSIC_LOAD_BALANCING) && emulator.offers(AwsEmulator.Service.LOAD_BALANCING_V2)) {
            assertThat(recorder.callsByOperation()).containsEntry("ElasticLoadBalancing:DescribeTags", 2L)
                    .containsEntry("ElasticLoadBalancingV2:DescribeTags", 2L);
        }
        if (emulator.offers(AwsEmulator.Service.ELASTICACHE)) {
            assertThat(recorder.callsByOperation()).containsEntry("ElastiCache:ListTagsForResource", 1L);
        }
    }

    private static AwsScanOptions options(AwsEmulator emulator, AwsEmulator.Account account)
    {
        return new AwsScanOptions(emulator.toString(), Optional.empty(), List.of(REGION), List.of(account.roleArn()), Optional.empty(), Optional.empty(),
                Optional.of(account.endpoint()), 4);
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }
}

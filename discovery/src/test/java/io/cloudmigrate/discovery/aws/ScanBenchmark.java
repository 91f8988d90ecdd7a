package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;

/**
 * Seeds moto with an estate of at least 2,000 resources in two regions, scans it at the default
 * concurrency and at concurrency 1, and prints wall time, API calls, calls per resource and peak
 * heap for each. Run by {@code bench/scan.sh}, which starts moto.
 */
public final class ScanBenchmark
{
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    private static final int VPCS_PER_REGION = 10;
    private static final int SUBNETS_PER_VPC = 8;
    private static final int INSTANCES_PER_SUBNET = 12;
    private static final int DATABASES_PER_REGION = 20;
    private static final int BUCKETS_PER_REGION = 40;

    private ScanBenchmark() {}

    public static void main(String[] args)
    {
        URI endpoint = MotoEmulator.require();
        long seedStart = System.nanoTime();
        REGIONS.forEach(region -> seed(endpoint, region));
        System.out.printf(Locale.ROOT, "seeded moto in %.1f s%n", (System.nanoTime() - seedStart) / 1e9);
        // the first scan pays for class loading and JIT warm-up; it is run once unreported so that neither figure carries it
        scan(endpoint, AwsScanOptions.CONCURRENCY_DEFAULT, new ApiCallRecorder());
        for (int concurrency : List.of(AwsScanOptions.CONCURRENCY_DEFAULT, 1)) {
            run(endpoint, concurrency);
        }
    }

    private static void run(URI endpoint, int concurrency)
    {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ApiCallRecorder recorder = new ApiCallRecorder();
        long start = System.nanoTime();
        ScanResult result = scan(endpoint, concurrency, recorder);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Inventory inventory = result.inventory();
        int resources = inventory.resources().size();
        System.out.printf(Locale.ROOT, "concurrency %2d: %d resources (+%d security groups, %d network interfaces), wall %.1f s, %d API calls, "
                        + "%.3f calls/resource, %d throttled, peak heap %d MiB, %d warnings%n",
                concurrency, resources, inventory.securityGroups().size(), inventory.networkInterfaces().size(), wall.toMillis() / 1000.0,
                recorder.calls(), (double) recorder.calls() / resources, recorder.throttles(), peakHeap >> 20, inventory.warnings().size());
    }

    private static ScanResult scan(URI endpoint, int concurrency, ApiCallRecorder recorder)
    {
        return AwsScan.run(new AwsScanOptions("bench", Optional.empty(), REGIONS, List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), concurrency), AwsScan.factories(), recorder, progress -> {});
    }

    /** 10 VPCs × 8 subnets × 12 instances, 20 RDS instances and 40 buckets per region: over 1,100 resources each. */
    private static void seed(URI endpoint, String region)
    {
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, credentials, region).build();
                RdsClient rds = configure(RdsClient.builder(), endpoint, credentials, region).build();
                S3Client s3 = configure(S3Client.builder().forcePathStyle(true), endpoint, credentials, region).build()) {
            String imageId = ec2.describeImages().images().getFirst().imageId();
            for (int vpc = 0; vpc < VPCS_PER_REGION; vpc++) {
                String cidr = "10." + vpc + ".0.0/16";
                String vpcId = ec2.createVpc(request -> request.cidrBlock(cidr)).vpc().vpcId();
                String groupId = ec2.createSecurityGroup(request -> request.vpcId(vpcId).groupName("app").description("app")).groupId();
                for (int subnet = 0; subnet < SUBNETS_PER_VPC; subnet++) {
                    String subnetCidr = "10." + vpc + "." + subnet + ".0/24";
                    String subnetId = ec2.createSubnet(request -> request.vpcId(vpcId).cidrBlock(subnetCidr)).subnet().subnetId();
                    ec2.runInstances(request -> request.imageId(imageId).instanceType(InstanceType.T3_MICRO).subnetId(subnetId).securityGroupIds(groupId)
                            .minCount(INSTANCES_PER_SUBNET).maxCount(INSTANCES_PER_SUBNET));
                }
            }
            for (int database = 0; database < DATABASES_PER_REGION; database++) {
                String identifier = "db-" + database;
                rds.createDBInstance(request -> request.dbInstanceIdentifier(identifier).dbInstanceClass("db.t3.micro").engine("postgres")
                        .allocatedStorage(20).masterUsername("admin").masterUserPassword("not-a-secret-1"));
            }
            for (int bucket = 0; bucket < BUCKETS_PER_REGION; bucket++) {
                String name = "bench-" + region + "-" + bucket;
                s3.createBucket(request -> {
                    request.bucket(name);
                    if (!region.equals("us-east-1")) {
                        request.createBucketConfiguration(configuration -> configuration.locationConstraint(region));
                    }
                });
            }
        }
    }
}

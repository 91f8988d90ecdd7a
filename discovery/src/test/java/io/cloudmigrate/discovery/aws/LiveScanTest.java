package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans an estate seeded into an emulator in two regions and two accounts, and checks what was found
 * field by field. The assumed-account scan runs on moto and on LocalStack; see {@link EmulatorGaps}.
 */
class LiveScanTest
{
    @Test
    void scansTwoRegionsOfTheCallerAccount()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded east = MotoEstate.callerAccount(endpoint).seed("us-east-1", "10.10.0.0/16");
        MotoEstate.Seeded west = MotoEstate.callerAccount(endpoint).seed("eu-west-1", "10.20.0.0/16");

        ScanResult result = AwsScan.run(options(endpoint, List.of()), AwsScan.factories(), new ApiCallRecorder(), progress -> {});
        Inventory inventory = result.inventory();

        assertThat(inventory.scope().accounts()).containsExactly(MotoEmulator.FIRST_ACCOUNT);
        assertThat(inventory.scope().regions()).containsExactly("eu-west-1", "us-east-1");
        for (MotoEstate.Seeded seeded : List.of(east, west)) {
            assertRegion(inventory, MotoEmulator.FIRST_ACCOUNT, seeded, new AwsEmulator.Moto());
        }
        Resource instance = resource(inventory, "arn:aws:ec2:us-east-1:" + MotoEmulator.FIRST_ACCOUNT + ":instance/" + east.instanceId());
        assertThat(inventory.utilizationOf(instance.id())).hasValueSatisfying(utilization ->
                assertThat(utilization.metrics()).singleElement().satisfies(metric -> {
                    assertThat(metric.average()).isEqualTo(40.0);
                    assertThat(metric.datapoints()).isEqualTo(1);
                }));
        assertThat(result.statistics().apiCalls()).isPositive();
        assertThat(result.statistics().resourcesByType().get(ResourceType.EC2_INSTANCE)).isEqualTo(2);
        assertThat(inventory.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudmigrate.discovery.aws.AwsEmulator#both")
    void scansASecondAccountThroughAssumeRole(AwsEmulator emulator)
    {
        AwsEmulator.Account account = emulator.freshAccount();
        MotoEstate.Seeded other = MotoEstate.in(emulator, account).seed("eu-west-1", "10.30.0.0/16");

        Inventory inventory = AwsScan.run(options(account.endpoint(), List.of(account.roleArn())), AwsScan.factories(), new ApiCallRecorder(), progress -> {})
                .inventory();

        assertThat(inventory.scope().accounts()).containsExactly(account.accountId());
        assertRegion(inventory, account.accountId(), other, emulator);
        assertThat(inventory.resources()).allSatisfy(resource -> assertThat(resource.accountId()).isEqualTo(account.accountId()));
        assertThat(EmulatorGaps.servicesWarnedAbout(inventory)).as("warnings %s", inventory.warnings()).isEqualTo(EmulatorGaps.missingServices(emulator));
    }

    private static void assertRegion(Inventory inventory, String account, MotoEstate.Seeded seeded, AwsEmulator emulator)
    {
        String region = seeded.region();
        Resource instance = resource(inventory, "arn:aws:ec2:" + region + ":" + account + ":instance/" + seeded.instanceId());
        assertThat(instance.name()).isEqualTo("web-" + region);
        assertThat(instance.network().vpcId()).isEqualTo(seeded.vpcId());
        assertThat(instance.network().subnetIds()).containsExactly(seeded.subnetId());
        assertThat(instance.network().securityGroupIds()).containsExactly(seeded.securityGroupId());
        ResourceDetails.Ec2Instance details = (ResourceDetails.Ec2Instance) instance.details();
        assertThat(details.instanceType()).isEqualTo("t3.medium");
        assertThat(details.state()).isEqualTo("running");
        assertThat(details.launchTime()).isNotBlank();
        assertThat(details.imdsHttpTokens()).as("IMDSv2 required at launch").isEqualTo("required");

        Resource vpc = resource(inventory, "arn:aws:ec2:" + region + ":" + account + ":vpc/" + seeded.vpcId());
        assertThat(vpc.name()).isEqualTo("shop-" + region);
        assertThat(((ResourceDetails.Vpc) vpc.details()).isDefault()).isFalse();

        SecurityGroup group = inventory.securityGroups().stream().filter(candidate -> candidate.id().equals(seeded.securityGroupId())).findFirst().orElseThrow();
        assertThat(group.groupName()).isEqualTo("web");
        assertThat(group.ingress()).containsExactlyInAnyOrder(
                new SecurityGroupRule("tcp", 443, 443, SecurityGroupRule.PeerKind.CIDR_IPV4, "0.0.0.0/0", null),
                new SecurityGroupRule("tcp", 443, 443, SecurityGroupRule.PeerKind.SECURITY_GROUP, seeded.securityGroupId(), null));

        if (emulator.offers(AwsEmulator.Service.RDS)) {
            assertDatabase(inventory, account, seeded);
        }
        if (emulator.offers(AwsEmulator.Service.LOAD_BALANCING_V2)) {
            assertBalancer(inventory, seeded, instance);
        }
        assertThat(owner(inventory, instance.network().networkInterfaceIds().getFirst()))
                .isEqualTo(new NetworkInterfaceOwner(NetworkInterface.OwnerKind.EC2_INSTANCE, instance.id()));

        Resource bucket = resource(inventory, "arn:aws:s3:::" + seeded.bucketName());
        assertThat(bucket.region()).isEqualTo(region);
        ResourceDetails.S3Bucket bucketDetails = (ResourceDetails.S3Bucket) bucket.details();
        assertThat(bucketDetails.versioning()).isEqualTo("Enabled");
        // 5 GiB in S3 Standard and 1 GiB in Standard-IA, each read under its own StorageType
        assertThat(bucketDetails.sizeBytes()).isEqualTo(6_442_450_944L);
        assertThat(bucketDetails.storageTypes()).containsExactly(
                new ResourceDetails.StorageTypeSize("StandardIAStorage", 1_073_741_824L),
                new ResourceDetails.StorageTypeSize("StandardStorage", 5_368_709_120L));
        assertThat(bucketDetails.objectCount()).isEqualTo(1234);
    }

    private static void assertDatabase(Inventory inventory, String account, MotoEstate.Seeded seeded)
    {
        String region = seeded.region();
        Resource database = resource(inventory, "arn:aws:rds:" + region + ":" + account + ":db:orders-" + region);
        ResourceDetails.RdsDbInstance rds = (ResourceDetails.RdsDbInstance) database.details();
        assertThat(rds.engine()).isEqualTo("postgres");
        assertThat(rds.engineVersion()).isEqualTo("16.3");
        assertThat(rds.dbInstanceClass()).isEqualTo("db.t3.medium");
        assertThat(rds.allocatedStorageGb()).isEqualTo(100);
        assertThat(database.network().securityGroupIds()).containsExactly(seeded.securityGroupId());
        assertThat(database.network().vpcId()).isEqualTo(seeded.vpcId());
        assertThat(database.network().subnetIds()).contains(seeded.subnetId());

        assertThat(owner(inventory, seeded.databaseInterfaceId())).isEqualTo(new NetworkInterfaceOwner(NetworkInterface.OwnerKind.RDS_DB_INSTANCE, database.id()));
    }

    private static void assertBalancer(Inventory inventory, MotoEstate.Seeded seeded, Resource instance)
    {
        Resource balancer = resource(inventory, seeded.loadBalancerArn());
        ResourceDetails.LoadBalancer alb = (ResourceDetails.LoadBalancer) balancer.details();
        assertThat(balancer.type()).isEqualTo(ResourceType.LOAD_BALANCER_V2);
        assertThat(alb.loadBalancerType()).isEqualTo("application");
        assertThat(alb.scheme()).isEqualTo("internet-facing");
        assertThat(alb.listeners()).containsExactly(new ResourceDetails.Listener("HTTP", 80, 8080));
        assertThat(alb.targets()).containsExactly(instance.id());

        assertThat(owner(inventory, seeded.loadBalancerInterfaceId())).isEqualTo(new NetworkInterfaceOwner(NetworkInterface.OwnerKind.LOAD_BALANCER, balancer.id()));
    }

    private record NetworkInterfaceOwner(NetworkInterface.OwnerKind kind, String resourceId) {}

    private static NetworkInterfaceOwner owner(Inventory inventory, String networkInterfaceId)
    {
        NetworkInterface found = inventory.networkInterfaces().stream().filter(candidate -> candidate.id().equals(networkInterfaceId)).findFirst().orElseThrow();
        return new NetworkInterfaceOwner(found.ownerKind(), found.ownerResourceId());
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }

    static AwsScanOptions options(URI endpoint, List<String> roleArns)
    {
        return new AwsScanOptions("moto", Optional.empty(), List.of("us-east-1", "eu-west-1"), roleArns, Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 8);
    }
}

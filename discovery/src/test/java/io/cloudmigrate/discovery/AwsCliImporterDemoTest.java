package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.ResourceDetails.Listener;
import io.cloudmigrate.discovery.SecurityGroupRule.PeerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.discovery.EstateFixture.DEMO_ACCOUNT;
import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.ofType;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Known answers on the cloudmapper demo account (duo-labs/cloudmapper, account-data/demo).
 */
class AwsCliImporterDemoTest
{
    private static final String ARN_PREFIX = "arn:aws:ec2:us-east-1:" + DEMO_ACCOUNT + ":";
    private static final String WEB2 = ARN_PREFIX + "instance/i-00000000000000002";
    private static final String CLASSIC_BALANCER = "arn:aws:elasticloadbalancing:us-east-1:" + DEMO_ACCOUNT + ":loadbalancer/weblb";
    private static final String APPLICATION_BALANCER = "arn:aws:elasticloadbalancing:us-east-1:" + DEMO_ACCOUNT + ":loadbalancer/app/demo/qwerty";
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:" + DEMO_ACCOUNT + ":function:invpclambda";

    private static Inventory inventory;

    @BeforeAll
    static void importDemo()
    {
        inventory = AwsCliImporter.importDirectory(EstateFixture.demo());
    }

    @Test
    void namesTheAccountAndRegionOfTheDemo()
    {
        assertThat(inventory.scope()).isEqualTo(new Scope(List.of(DEMO_ACCOUNT), List.of("us-east-1")));
        assertThat(inventory.name()).isEqualTo("cloudmapper-demo");
        assertThat(inventory.schemaVersion()).isEqualTo(Inventory.SCHEMA_VERSION);
        assertThat(inventory.scanId()).matches("sha256:[0-9a-f]{64}");
        assertThat(inventory.resources()).allSatisfy(resource -> assertThat(resource.accountId()).isEqualTo(DEMO_ACCOUNT));
    }

    @Test
    void importsTheThreeInstancesWithTheirPlacement()
    {
        assertThat(ofType(inventory, ResourceType.EC2_INSTANCE))
                .extracting(Resource::id, Resource::name)
                .containsExactly(
                        tuple(ARN_PREFIX + "instance/i-00000000000000000", "Bastion"),
                        tuple(ARN_PREFIX + "instance/i-00000000000000001", "Web1"),
                        tuple(WEB2, "Web2"));
        Resource bastion = inventory.resource(ARN_PREFIX + "instance/i-00000000000000000").orElseThrow();
        assertThat(bastion.network()).isEqualTo(new NetworkPlacement("vpc-12345678", List.of("subnet-00000001"), List.of("sg-00000002"),
                List.of("eni-00000000"), List.of("10.0.0.1"), List.of("1.2.3.4")));
        ResourceDetails.Ec2Instance web2 = details(inventory, WEB2, ResourceDetails.Ec2Instance.class);
        assertThat(web2.instanceType()).isEqualTo("t2.micro");
        assertThat(web2.platform()).isEqualTo("Linux/UNIX");
        assertThat(web2.state()).isEqualTo("running");
        assertThat(web2.imdsHttpTokens()).isEqualTo("optional");
        assertThat(web2.ebsVolumeIds()).containsExactly("vol-00000000000000003");
        // the demo has no ec2-describe-volumes.json, so the size is unknown
        assertThat(web2.storageGb()).isZero();
    }

    @Test
    void splitsSecurityGroupPermissionsIntoOneRulePerPeer()
    {
        assertThat(inventory.securityGroups()).extracting(SecurityGroup::id).containsExactly(
                "sg-00000001", "sg-00000002", "sg-00000003", "sg-00000004", "sg-00000005", "sg-00000006", "sg-00000007", "sg-00000008");
        SecurityGroup internalWeb = inventory.securityGroups().get(3);
        assertThat(internalWeb.groupName()).isEqualTo("Internal web");
        assertThat(internalWeb.ingress()).containsExactly(
                new SecurityGroupRule("tcp", 8000, 8000, PeerKind.SECURITY_GROUP, "sg-00000003", null),
                new SecurityGroupRule("tcp", 8000, 8000, PeerKind.SECURITY_GROUP, "sg-00000002", null));
        assertThat(internalWeb.egress()).containsExactly(new SecurityGroupRule("-1", -1, -1, PeerKind.CIDR_IPV4, "0.0.0.0/0", null));
        SecurityGroup bastion = inventory.securityGroups().get(1);
        assertThat(bastion.ingress()).extracting(SecurityGroupRule::peer).containsExactly("1.1.1.1/32", "2.2.2.0/28");
    }

    @Test
    void readsTheNetwork()
    {
        assertThat(ofType(inventory, ResourceType.VPC)).extracting(Resource::id, Resource::name)
                .containsExactly(tuple(ARN_PREFIX + "vpc/vpc-12345678", "Prod"));
        assertThat(ofType(inventory, ResourceType.SUBNET)).extracting(Resource::name)
                .containsExactly("Public 1a", "Public 1b", "Private 1a", "Private 1b");
        assertThat(ofType(inventory, ResourceType.VPC_ENDPOINT)).extracting(resource -> resource.details())
                .containsExactly(
                        new ResourceDetails.VpcEndpoint("vpce-00000000000000001", "com.amazonaws.us-east-1.s3", "Gateway"),
                        new ResourceDetails.VpcEndpoint("vpce-00000000000000002", "com.amazonaws.us-east-1.sqs", "Interface"));
    }

    @Test
    void readsBothLoadBalancersWithListenersAndTargets()
    {
        ResourceDetails.LoadBalancer classic = details(inventory, CLASSIC_BALANCER, ResourceDetails.LoadBalancer.class);
        assertThat(classic.loadBalancerType()).isEqualTo("classic");
        assertThat(classic.scheme()).isEqualTo("internet-facing");
        assertThat(classic.listeners()).containsExactly(new Listener("HTTP", 8000, 8000));
        // i-00000000000000003 is not in describe-instances, so it stays a bare id
        assertThat(classic.targets()).containsExactly(WEB2, "i-00000000000000003");
        assertThat(inventory.resource(CLASSIC_BALANCER).orElseThrow().network().subnetIds()).containsExactly("subnet-00000001", "subnet-00000002");

        Resource application = inventory.resource(APPLICATION_BALANCER).orElseThrow();
        assertThat(application.type()).isEqualTo(ResourceType.LOAD_BALANCER_V2);
        assertThat(application.name()).isEqualTo("webalb");
        ResourceDetails.LoadBalancer applicationDetails = (ResourceDetails.LoadBalancer) application.details();
        assertThat(applicationDetails.loadBalancerType()).isEqualTo("application");
        assertThat(applicationDetails.listeners()).isEmpty();
        assertThat(application.network().securityGroupIds()).containsExactly("sg-00000003");
    }

    @Test
    void readsTheDatabaseByItsArn()
    {
        assertThat(ofType(inventory, ResourceType.RDS_DB_INSTANCE)).singleElement().satisfies(database -> {
            assertThat(database.id()).isEqualTo("arn:aws:rds:us-east-1:" + DEMO_ACCOUNT + ":db:securitymonkey");
            assertThat(database.name()).isEqualTo("database");
            assertThat(database.network()).isEqualTo(new NetworkPlacement("vpc-12345678", List.of("subnet-00000004", "subnet-00000003"),
                    List.of("sg-00000005"), List.of(), List.of(), List.of()));
            assertThat(database.details()).isEqualTo(new ResourceDetails.RdsDbInstance("database", "db.t2.micro", "postgres", "9.6.2",
                    "postgresql-license", 100, "gp2", false, false, "database.abcdefghijkl.us-east-1.rds.amazonaws.com", 5432, null));
        });
    }

    @Test
    void readsTheLambdaFunctionInItsVpc()
    {
        Resource function = inventory.resource(LAMBDA).orElseThrow();
        assertThat(function.network().vpcId()).isEqualTo("vpc-12345678");
        assertThat(function.network().subnetIds()).containsExactly("subnet-00000003", "subnet-00000004");
        assertThat(function.details()).isEqualTo(new ResourceDetails.LambdaFunction("invpclambda", "nodejs8.10", "index.handler", 128, 3, 262,
                "x86_64", "Zip"));
    }

    @Test
    void readsTheEcsClusterAndOwnsItsTaskInterface()
    {
        String clusterArn = "arn:aws:ecs:us-east-1:" + DEMO_ACCOUNT + ":cluster/myecs";
        assertThat(details(inventory, clusterArn, ResourceDetails.EcsCluster.class))
                .isEqualTo(new ResourceDetails.EcsCluster("myecs", 0, 1));
        assertThat(inventory.networkInterfaces()).singleElement().satisfies(networkInterface -> {
            assertThat(networkInterface.id()).isEqualTo("eni-00000001");
            assertThat(networkInterface.ownerKind()).isEqualTo(NetworkInterface.OwnerKind.ECS_TASK);
            // the task was started outside any service (group family:myecs), so its cluster owns it
            assertThat(networkInterface.ownerResourceId()).isEqualTo(clusterArn);
            assertThat(networkInterface.privateIpAddresses()).containsExactly("172.31.48.168");
            assertThat(networkInterface.publicIpAddresses()).containsExactly("3.80.3.41");
            assertThat(networkInterface.accountId()).isEqualTo(DEMO_ACCOUNT);
        });
    }

    @Test
    void readsTheBucketInTheRegionItsLocationNames()
    {
        assertThat(ofType(inventory, ResourceType.S3_BUCKET)).singleElement().satisfies(bucket -> {
            assertThat(bucket.id()).isEqualTo("arn:aws:s3:::cloudmapper_demo");
            assertThat(bucket.region()).isEqualTo("us-east-1");
            assertThat(bucket.details()).isEqualTo(new ResourceDetails.S3Bucket("cloudmapper_demo", "2018-11-20T19:50:08+00:00", null, null, -1, -1, List.of()));
        });
    }

    @Test
    void warnsAboutTheInstanceAndSecurityGroupTheDemoDoesNotHold()
    {
        assertThat(warnings(inventory, "DanglingReference"))
                .extracting(InventoryWarning::service, InventoryWarning::input)
                .containsExactlyInAnyOrder(
                        tuple("elb", CLASSIC_BALANCER),
                        tuple("lambda", LAMBDA));
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::message)
                .anySatisfy(message -> assertThat(message).contains(CLASSIC_BALANCER).contains("i-00000000000000003"))
                .anySatisfy(message -> assertThat(message).contains(LAMBDA).contains("sg-09920178"));
    }

    @Test
    void listsEveryFileItDoesNotReadOnceInPathOrder()
    {
        List<String> skipped = warnings(inventory, "SkippedFile").stream().map(InventoryWarning::input).toList();
        // 47 before ec2-describe-snapshots.json was read
        assertThat(skipped).hasSize(46).doesNotHaveDuplicates().isSorted();
        assertThat(skipped).contains("describe-regions.json", "us-east-1/iam-get-role/bad_role", "us-east-1/sqs-list-queues.json",
                "us-east-1/redshift-describe-clusters.json", "us-east-1/s3-get-bucket-policy/cloudmapper_demo");
        assertThat(skipped).noneMatch(path -> path.contains("ec2-describe-instances") || path.contains("s3-get-bucket-location")
                || path.contains("ecs-describe-tasks") || path.contains("ec2-describe-snapshots"));
        assertThat(warnings(inventory, "MalformedFile")).isEmpty();
    }

    @Test
    void writesAnInventoryThatReadsBackEqual(@TempDir Path directory)
    {
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);
        assertThat(JsonDocuments.readInventory(file)).isEqualTo(inventory);
    }

    @Test
    void importsTheSameDirectoryToTheSameBytes()
    {
        Inventory again = AwsCliImporter.importDirectory(EstateFixture.demo());
        assertThat(JsonDocuments.toJson(again)).isEqualTo(JsonDocuments.toJson(inventory));
    }

    @Test
    void givesACopyElsewhereTheSameScanId(@TempDir Path directory)
    {
        Inventory copy = AwsCliImporter.importDirectory(EstateFixture.demoCopy(directory.resolve("elsewhere")), Optional.of("Demo"));
        assertThat(copy.scanId()).isEqualTo(inventory.scanId());
        assertThat(copy.name()).isEqualTo("Demo");
        assertThat(copy.resources()).isEqualTo(inventory.resources());
    }
}

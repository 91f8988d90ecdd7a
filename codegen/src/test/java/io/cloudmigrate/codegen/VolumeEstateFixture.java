package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.EbsVolume;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV4;

/**
 * Instances whose volumes codegen must not copy blindly. An io2 volume with Multi-Attach
 * ({@code vol-0shared}) is attached to three instances: zeta (i-0a) and alpha (i-0b) in wave 1, at
 * different devices, and gamma (i-00c, the lowest id) in wave 2. Two instances of wave 1 have no known
 * root volume: bare lists no volume at all, and legacy lists two whose DescribeVolumes answer is missing.
 */
final class VolumeEstateFixture
{
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final String ZETA = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0a";
    static final String ALPHA = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0b";
    static final String GAMMA = "arn:aws:ec2:eu-west-1:111122223333:instance/i-00c";
    static final String BARE = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0bare";
    static final String LEGACY = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0legacy";
    private static final List<String> SHARERS = List.of("i-00c", "i-0a", "i-0b");

    private VolumeEstateFixture() {}

    static Assessment assessment()
    {
        List<String> wave1 = List.of(ALPHA, BARE, LEGACY, ZETA);
        List<String> wave2 = List.of(GAMMA);
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-volumes", "Shared volumes", "2025-06-30T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)),
                List.of(instance(ZETA, "zeta", "i-0a", "/dev/sdf", "vol-0za"),
                        instance(ALPHA, "alpha", "i-0b", "/dev/sdg", "vol-0al"),
                        instance(GAMMA, "gamma", "i-00c", "/dev/sdf", "vol-0ga"),
                        resource(BARE, "bare", new ResourceDetails.Ec2Instance("i-0bare", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-0db",
                                null, List.of(), List.of(), 0, "required", List.of())),
                        resource(LEGACY, "legacy", new ResourceDetails.Ec2Instance("i-0legacy", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-0db",
                                null, List.of(), List.of("vol-0lr", "vol-0ld"), 0, "required", List.of(
                                        new EbsVolume("vol-0lr", "/dev/xvda", null, null, null, null, null, true, List.of("i-0legacy")),
                                        new EbsVolume("vol-0ld", "/dev/sdf", null, null, null, null, null, false, List.of("i-0legacy")))))),
                List.of(new SecurityGroup("sg-0db", ACCOUNT, REGION, "vpc-0v", "db", "Clustered database nodes", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 5432, 5432, CIDR_IPV4, "10.0.0.0/16", "PostgreSQL from the VPC")),
                        List.of(new SecurityGroupRule("tcp", 443, 443, CIDR_IPV4, "0.0.0.0/0", "HTTPS out")))),
                List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(List.of(ALPHA, BARE, GAMMA, LEGACY, ZETA), List.of(), List.of(),
                List.of(new MigrationWave(1, wave1), new MigrationWave(2, wave2)), List.of(), List.of());
        List<Recommendation> recommendations = List.of(ALPHA, BARE, GAMMA, LEGACY, ZETA).stream()
                .map(id -> new Recommendation(id, Strategy.REHOST, "Amazon EC2", "R1", "Chosen for the test.", 0.5, List.of()))
                .toList();
        return new Assessment(Assessment.SCHEMA_VERSION, "volumes", "2025-07-01", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    /** An instance with a gp3 root and the shared io2 volume at {@code sharedDevice}. */
    private static Resource instance(String arn, String name, String instanceId, String sharedDevice, String rootId)
    {
        return resource(arn, name, new ResourceDetails.Ec2Instance(instanceId, "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-0db", null,
                List.of(), List.of(rootId, "vol-0shared"), 530, "required", List.of(
                        new EbsVolume(rootId, "/dev/xvda", "gp3", 30, 3000, 125, true, true, List.of(instanceId)),
                        new EbsVolume("vol-0shared", sharedDevice, "io2", 500, 16000, null, true, false, SHARERS))));
    }

    private static Resource resource(String arn, String name, ResourceDetails.Ec2Instance details)
    {
        return new Resource(arn, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of("Name", name),
                new NetworkPlacement("vpc-0v", List.of("subnet-0a"), List.of("sg-0db"), List.of(), List.of(), List.of()), details);
    }
}

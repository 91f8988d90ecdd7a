package io.cloudmigrate.codegen;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cache that already runs in the target and is the client of a path gets a command: its id there
 * carries the wave's name suffix, which no output gives, so the command finds it by the endpoint its
 * wave's Terraform outputs; a node whose group the inventory lacks, by the group its wave creates.
 */
class RunbookCacheClientCommandsTest
{
    @TempDir
    Path output;

    @Test
    void findsAReplicationGroupAndANodeOfOneInTheTargetByTheGroupsEndpoint()
            throws IOException, InterruptedException
    {
        Assessment assessment = ClusterEstateFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        // feed replicates from carts (both move in wave 1); a node of carts reaches ledger-3, which moves in wave 2
        edges.add(new DependencyEdge(ClusterEstateFixture.FEED, ClusterEstateFixture.CARTS, EdgeKind.OBSERVED, 6379, "tcp", 8, 20_000, "observed tcp/6379, 8 flows, 20.0 kB"));
        edges.add(new DependencyEdge(ClusterEstateFixture.CARTS_1, ClusterEstateFixture.LEDGER_3, EdgeKind.OBSERVED, 5432, "tcp", 4, 8_000, "observed tcp/5432, 4 flows, 8.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        // feed runs in cluster mode: the endpoint its group is found by is its configuration endpoint, the primary one is empty
        assertThat(Files.readString(output.resolve("terraform/wave-01/outputs.tf")))
                .contains("value       = aws_elasticache_replication_group.feed.configuration_endpoint_address")
                .contains("value       = aws_elasticache_replication_group.carts.primary_endpoint_address");
        String group = command(runbooks, "feed", "carts");
        assertThat(group).startsWith("address=\"$(terraform -chdir=terraform/wave-01 output -raw feed_endpoint)\" && ")
                .contains("aws elasticache describe-replication-groups --region eu-west-1 --query \"ReplicationGroups[?contains([NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address],'${address}')].[ReplicationGroupId,Status,join(',',MemberClusters)]\"");
        assertValidShell(group);

        String node = command(runbooks, "carts-001", "ledger-3");
        assertThat(node).startsWith("address=\"$(terraform -chdir=terraform/wave-01 output -raw carts_endpoint)\" && ")
                .contains("--query \"ReplicationGroups[?contains([NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address],'${address}')].MemberClusters[]\"")
                .contains("aws elasticache describe-cache-clusters --region eu-west-1 --cache-cluster-id \"$node\"");
        assertValidShell(node);
    }

    @Test
    void findsACacheNodeOfItsOwnInTheTargetByItsAddress()
            throws IOException, InterruptedException
    {
        Assessment assessment = BroadEstateFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        // fragments moves in wave 1, legacy in wave 2
        edges.add(new DependencyEdge(BroadEstateFixture.MEMCACHE, BroadEstateFixture.LEGACY, EdgeKind.OBSERVED, 8080, "tcp", 3, 6_000, "observed tcp/8080, 3 flows, 6.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        String node = command(runbooks, "fragments", "legacy");
        assertThat(node).startsWith("address=\"$(terraform -chdir=terraform/wave-01 output -raw fragments_endpoint)\" && ")
                .contains("aws elasticache describe-cache-clusters --region eu-west-1 --show-cache-node-info --query \"CacheClusters[?CacheNodes[0].Endpoint.Address=='${address}'].[CacheClusterId,CacheClusterStatus,ReplicationGroupId]\"");
        assertValidShell(node);
    }

    @Test
    void findsTheNodesOfAGroupTheInventoryLacksByTheEndpointOfTheGroupTheirWaveCreates()
            throws IOException, InterruptedException
    {
        Assessment assessment = BroadEstateFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        // sessions-001 and -002 name group sessions, which the inventory lacks; they move in wave 1, legacy in wave 2
        edges.add(new DependencyEdge(BroadEstateFixture.CACHE_A, BroadEstateFixture.LEGACY, EdgeKind.OBSERVED, 8080, "tcp", 3, 6_000, "observed tcp/8080, 3 flows, 6.0 kB"));
        edges.add(new DependencyEdge(BroadEstateFixture.CACHE_B, BroadEstateFixture.LEGACY, EdgeKind.OBSERVED, 8080, "tcp", 3, 6_000, "observed tcp/8080, 3 flows, 6.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        // wave 1 creates one group of both, written as sessions-001's target: its output is the group's endpoint
        String created = command(runbooks, "sessions-001", "legacy");
        assertThat(command(runbooks, "sessions-002", "legacy")).isEqualTo(created);
        assertThat(created).startsWith("address=\"$(terraform -chdir=terraform/wave-01 output -raw sessions_001_endpoint)\" && ");
        assertThat(Files.readString(output.resolve("terraform/wave-01/outputs.tf")))
                .contains("output \"sessions_001_endpoint\"")
                .contains("value       = aws_elasticache_replication_group.sessions_001.primary_endpoint_address");

        String endpoint = "sessions-x1y2.abc123.ng.0001.euw1.cache.amazonaws.com";
        List<String> aws = runWithStandIns(created, endpoint, "sessions-x1y2-001\tsessions-x1y2-002");
        assertThat(aws).containsSequence("describe-replication-groups", "--region", "eu-west-1", "--query",
                        "ReplicationGroups[?contains([NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address],'" + endpoint + "')].MemberClusters[]")
                .containsSequence("describe-cache-clusters", "--region", "eu-west-1", "--cache-cluster-id", "sessions-x1y2-001")
                .containsSequence("describe-cache-clusters", "--region", "eu-west-1", "--cache-cluster-id", "sessions-x1y2-002");
    }

    @Test
    void reachesANodeOfAGroupTheInventoryLacksAtTheEndpointOfTheGroupItsWaveCreates()
            throws IOException, InterruptedException
    {
        Assessment assessment = BroadEstateFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        // app moves in wave 2, when sessions-002 (created with sessions-001's group in wave 1) is in the target
        edges.add(new DependencyEdge(BroadEstateFixture.APP, BroadEstateFixture.CACHE_B, EdgeKind.OBSERVED, 6379, "tcp", 5, 9_000, "observed tcp/6379, 5 flows, 9.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        // from app while it is in the source (wave 1), and once it has moved (wave 2)
        List<String> commands = runbooks.lines().filter(line -> line.matches("\\d+\\. Check that app reaches sessions-002 .*"))
                .peek(line -> assertThat(line).contains("Run `"))
                .map(line -> line.substring(line.indexOf("Run `") + 5, line.indexOf("`; expect ")))
                .distinct().toList();
        String group = "\"$(terraform -chdir=terraform/wave-01 output -raw sessions_001_endpoint)\" 6379";
        assertThat(commands).containsExactly("check_path eu-west-1 i-0app " + group,
                "check_path eu-west-1 \"$(terraform -chdir=terraform/wave-02 output -raw app_instance_id)\" " + group);
    }

    /**
     * Runs the command in a real shell, with stand-ins for {@code terraform} (prints the endpoint) and
     * {@code aws} (records its arguments, one a line, and names the member clusters when asked): the
     * arguments {@code aws} was called with.
     */
    private List<String> runWithStandIns(String command, String endpoint, String memberClusters)
            throws IOException, InterruptedException
    {
        Path work = Files.createDirectories(output.resolve("stand-ins"));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(work.resolve("endpoint"), endpoint);
        Files.writeString(work.resolve("members"), memberClusters);
        script(bin.resolve("terraform"), "cat \"$WORK/endpoint\"");
        script(bin.resolve("aws"), "printf '%s\\n' \"$@\" >> \"$WORK/aws.args\"; case \"$*\" in *MemberClusters[]*) cat \"$WORK/members\"; echo ;; esac");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + builder.environment().get("PATH"));
        builder.environment().put("WORK", work.toString());
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(command + "\n" + printed).isZero();
        return Files.readAllLines(work.resolve("aws.args"));
    }

    private static void script(Path path, String body)
            throws IOException
    {
        Files.writeString(path, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String generate(Assessment assessment)
            throws IOException
    {
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults());
        return String.join("\n", DemoArtifacts.runbookTexts(output)) + "\n";
    }

    /** The command of every step that checks the path from the client: one and the same, wherever it is checked. */
    private static String command(String runbooks, String client, String server)
    {
        List<String> commands = runbooks.lines()
                .filter(line -> line.matches("\\d+\\. Check that " + Pattern.quote(client) + " reaches " + Pattern.quote(server) + " .*"))
                .map(line -> {
                    assertThat(line).contains("Run `").doesNotContain("No command can be given");
                    return line.substring(line.indexOf("Run `") + 5, line.indexOf("`; expect "));
                })
                .distinct()
                .toList();
        assertThat(commands).as(client + " to " + server).hasSize(1);
        return commands.getFirst();
    }

    private static void assertValidShell(String command)
            throws IOException, InterruptedException
    {
        Process process = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
        String errors = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(command + "\n" + errors).isZero();
    }
}

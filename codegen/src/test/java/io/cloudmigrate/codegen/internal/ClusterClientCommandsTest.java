package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that find a cache in the target by its endpoint, run by a real shell against stand-ins
 * for {@code terraform} (prints the endpoint it is given) and {@code aws} (records its arguments, one a
 * line): what reaches the AWS CLI is exactly the query for that address, whatever the resource's name.
 */
class ClusterClientCommandsTest
{
    private static final String GROUP_AT = "ReplicationGroups[?contains([NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address],'";

    @TempDir
    Path directory;

    @Test
    void findsAReplicationGroupByTheEndpointItsWaveOutputs()
            throws IOException, InterruptedException
    {
        // with TLS the primary endpoint starts with master., not with the group's id
        String endpoint = "master.carts-x1y2.abc123.euw1.cache.amazonaws.com";
        Run run = run(ClusterClientCommands.replicationGroupAt("eu-west-1", ShellText.terraformOutput("01", "carts_endpoint")), endpoint, "");

        assertThat(run.status()).as(run.errors()).isZero();
        assertThat(run.terraform()).containsExactly("-chdir=terraform/wave-01", "output", "-raw", "carts_endpoint");
        assertThat(run.aws()).containsExactly("elasticache", "describe-replication-groups", "--region", "eu-west-1",
                "--query", GROUP_AT + endpoint + "')].[ReplicationGroupId,Status,join(',',MemberClusters)]", "--output", "text");
    }

    @Test
    void checksEveryNodeOfTheGroupAtTheEndpoint()
            throws IOException, InterruptedException
    {
        String endpoint = "clustercfg.feed-x1y2.abc123.euw1.cache.amazonaws.com";
        Run run = run(ClusterClientCommands.nodesOfReplicationGroupAt("eu-west-1", ShellText.terraformOutput("01", "feed_endpoint")), endpoint,
                "feed-x1y2-0001-001\tfeed-x1y2-0001-002");

        assertThat(run.status()).as(run.errors()).isZero();
        assertThat(run.aws()).containsSequence("--query", GROUP_AT + endpoint + "')].MemberClusters[]")
                .containsSequence("--cache-cluster-id", "feed-x1y2-0001-001")
                .containsSequence("--cache-cluster-id", "feed-x1y2-0001-002");
    }

    @Test
    void findsACacheNodeOfItsOwnByItsAddress()
            throws IOException, InterruptedException
    {
        String endpoint = "fragments-x1y2.abc123.0001.euw1.cache.amazonaws.com";
        Run run = run(ClusterClientCommands.cacheClusterAt("eu-west-1", ShellText.terraformOutput("01", "fragments_endpoint")), endpoint, "");

        assertThat(run.status()).as(run.errors()).isZero();
        assertThat(run.aws()).containsSequence("--show-cache-node-info", "--query",
                "CacheClusters[?CacheNodes[0].Endpoint.Address=='" + endpoint + "'].[CacheClusterId,CacheClusterStatus,ReplicationGroupId]");
    }

    @Test
    void passesAHostileOutputNameAndRegionAsOneWordEach()
            throws IOException, InterruptedException
    {
        String name = "it's; touch pwned #$(touch pwned) `touch pwned`_endpoint";
        String region = "eu-west-1; touch pwned";
        Run run = run(ClusterClientCommands.replicationGroupAt(ShellText.quote(region), ShellText.terraformOutput("01", name)), "a.example", "");

        assertThat(run.status()).as(run.errors()).isZero();
        assertThat(run.terraform()).containsExactly("-chdir=terraform/wave-01", "output", "-raw", name);
        assertThat(run.aws()).containsSequence("--region", region);
        assertThat(directory.resolve("pwned")).doesNotExist();
    }

    @Test
    void refusesAnEndpointThatIsNoHostBeforeItReachesTheQuery()
            throws IOException, InterruptedException
    {
        for (String command : List.of(
                ClusterClientCommands.replicationGroupAt("eu-west-1", ShellText.terraformOutput("01", "carts_endpoint")),
                ClusterClientCommands.nodesOfReplicationGroupAt("eu-west-1", ShellText.terraformOutput("01", "carts_endpoint")),
                ClusterClientCommands.cacheClusterAt("eu-west-1", ShellText.terraformOutput("01", "carts_endpoint")))
                .stream().map(PathCommands.Command::text).toList()) {
            for (String endpoint : List.of("x')] || ReplicationGroups[0", "", "$(touch pwned)")) {
                Run run = run(new PathCommands.Command(command, ""), endpoint, "");

                assertThat(run.status()).as(command).isNotZero();
                assertThat(run.errors()).contains("not an address");
                assertThat(run.aws()).as(command).isEmpty();
                assertThat(directory.resolve("pwned")).doesNotExist();
            }
        }
    }

    private record Run(int status, String errors, List<String> terraform, List<String> aws) {}

    private Run run(PathCommands.Command command, String endpoint, String memberClusters)
            throws IOException, InterruptedException
    {
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Files.deleteIfExists(directory.resolve("terraform.args"));
        Files.deleteIfExists(directory.resolve("aws.args"));
        Files.writeString(directory.resolve("endpoint"), endpoint);
        Files.writeString(directory.resolve("members"), memberClusters);
        script(bin.resolve("terraform"), "printf '%s\\n' \"$@\" > \"$WORK/terraform.args\"; cat \"$WORK/endpoint\"");
        // the member clusters answer the query for them; every call is recorded
        script(bin.resolve("aws"), "printf '%s\\n' \"$@\" >> \"$WORK/aws.args\"; case \"$*\" in *MemberClusters[]*) cat \"$WORK/members\"; echo ;; esac");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command.text()).directory(directory.toFile());
        builder.environment().put("PATH", bin + ":" + builder.environment().get("PATH"));
        builder.environment().put("WORK", directory.toString());
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        return new Run(status, errors, lines(directory.resolve("terraform.args")), lines(directory.resolve("aws.args")));
    }

    private static void script(Path path, String body)
            throws IOException
    {
        Files.writeString(path, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> lines(Path file)
            throws IOException
    {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}

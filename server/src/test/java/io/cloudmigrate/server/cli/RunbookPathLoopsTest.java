package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.ArtifactKind;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.server.pipeline.Stages;
import io.cloudmigrate.server.scale.SyntheticEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batched step's paths of one shape are one row whose command loops over the instances (or pairs
 * of instance and other end, the other end a peer instance, a database host or a cache's id), and a
 * batch of functions is tested by one loop over the functions: run under a real shell, with
 * {@code terraform}, {@code check_path} and {@code aws} as functions that print what they are given,
 * each loop checks one path (or invokes one function) per item it lists, in order, with that item's
 * instance or function (and other end) in place of the loop variables.
 */
class RunbookPathLoopsTest
{
    private static final Pattern LOOP = Pattern.compile("Command \\d+: run `(for (NAME|pair) in ([^;]+); do [^`]+)`");
    private static final String STUBS = "terraform() { echo \"terraform $*\"; }\ncheck_path() { echo \"check_path $*\"; }\n"
            + "check_path_windows() { echo \"check_path $*\"; }\naws() { echo \"aws $*\"; }\n";

    @TempDir
    Path directory;

    @Test
    void loopsOfABatchedStepCheckOnePathPerInstanceTheyList()
            throws IOException, InterruptedException
    {
        SyntheticEstate.generate(directory.resolve("estate"), 126, 7, 20, Optional.of("shop"));
        Path inventory = directory.resolve("inventory.json");
        Path traffic = directory.resolve("traffic.json");
        Path assessment = directory.resolve("assessment.json");
        assertThat(CommandRun.of("import", "--aws-cli", directory.resolve("estate").toString(), "--out", inventory.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("flows", "--inventory", inventory.toString(), "--out", traffic.toString(), directory.resolve("estate/flow-logs").toString()).exitCode()).isZero();
        assertThat(CommandRun.of("assess", "--inventory", inventory.toString(), "--traffic", traffic.toString(), "--out", assessment.toString(),
                "--max-wave-size", "100000").exitCode()).isZero();
        new ArtifactGenerator().generate(Stages.readAssessment(assessment), directory.resolve("artifacts"),
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK)));

        List<Matcher> loops = new ArrayList<>();
        // the functions that move the same way are one step with a row each, as instances are
        assertThat(Files.readString(directory.resolve("artifacts/runbooks/wave-02-shop.md")))
                .containsPattern("\n### \\d+\\. 2 Lambda functions, app-00000-function-2 to app-00002-function-2\n")
                .doesNotContain("### 4. app-00000-function-2\n");
        try (Stream<Path> files = Files.list(directory.resolve("artifacts/runbooks"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                Matcher loop = LOOP.matcher(Files.readString(file));
                while (loop.find()) {
                    loops.add(loop);
                    loop = LOOP.matcher(Files.readString(file)).region(loop.end(), Files.readString(file).length());
                }
            }
        }
        assertThat(loops).as("loop commands in the runbooks").hasSizeGreaterThan(5);
        // the checks of instances against each database and cache are loops over pairs, and the functions' test invocations one loop
        assertThat(loops).as("loops over instance and database host").anyMatch(loop -> loop.group(1).contains(":app-00000-db-0 "));
        assertThat(loops).as("loops over instance and cache").anyMatch(loop -> loop.group(1).contains(":app-00000-cache-0 "));
        assertThat(loops).as("loops over functions").anyMatch(loop -> loop.group(1).contains("aws lambda invoke"));
        for (Matcher loop : loops) {
            String[] items = loop.group(3).trim().split(" ");
            List<String> output = run(STUBS + loop.group(1));
            List<String> checks = output.stream().filter(line -> line.startsWith("check_path ") || line.startsWith("aws lambda invoke ")).toList();
            assertThat(checks).as(loop.group(1)).hasSize(items.length);
            for (int item = 0; item < items.length; item++) {
                String name = items[item].split(":")[0];
                assertThat(checks.get(item)).as(loop.group(1)).doesNotContain("$");
                // the stub's words stand where the command substitution was: the Terraform output of this item's instance
                assertThat(checks.get(item)).as(loop.group(1)).containsPattern("output -raw " + Pattern.quote(name) + "_(instance_id|private_ip|arn)( |$)");
                if (loop.group(2).equals("pair")) {
                    assertThat(checks.get(item)).as(loop.group(1)).contains(items[item].split(":", 2)[1]);
                }
            }
        }
    }

    private static List<String> run(String script)
            throws IOException, InterruptedException
    {
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(script + "\n" + output).isZero();
        return output.lines().toList();
    }
}

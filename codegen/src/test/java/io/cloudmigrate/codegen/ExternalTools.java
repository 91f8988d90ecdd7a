package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs validators (cfn-lint, terraform) that may or may not be installed. A missing validator skips
 * the test with a visible reason, unless {@code CLOUDMIGRATE_REQUIRE_VALIDATORS} names it (CI does),
 * in which case the test fails.
 */
final class ExternalTools
{
    /** What a finished command printed, and its exit code. */
    record Result(int exitCode, String output) {}

    private ExternalTools() {}

    /** The executable, or an aborted (skipped) test when it is not installed and not required. */
    static Path require(String name)
    {
        Optional<Path> executable = find(name);
        if (executable.isEmpty()) {
            String required = System.getenv().getOrDefault("CLOUDMIGRATE_REQUIRE_VALIDATORS", "");
            if (Arrays.asList(required.split("[,\\s]+")).contains(name)) {
                fail(name + " is not on PATH, but CLOUDMIGRATE_REQUIRE_VALIDATORS requires it");
            }
            Assumptions.abort(name + " is not on PATH: skipping the " + name + " check (install it, or CI runs it)");
        }
        return executable.get();
    }

    static Optional<Path> find(String name)
    {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Result run(Path directory, List<String> command)
            throws IOException, InterruptedException
    {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 5 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

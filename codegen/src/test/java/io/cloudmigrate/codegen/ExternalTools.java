package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs validators (cfn-lint, terraform, checkov) that may or may not be installed. A missing validator skips
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
        // checkov lives in a virtual environment of its own (its pins clash with cfn-lint's), named by a variable
        String configured = name.equals("checkov") ? System.getenv("CLOUDMIGRATE_CHECKOV") : null;
        if (configured != null && !configured.isBlank()) {
            Path candidate = Path.of(configured);
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
        }
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

    /**
     * {@code terraform init} for a generated root module, offline when a local provider mirror is
     * known ({@code CLOUDMIGRATE_TERRAFORM_PLUGIN_DIR}, else {@code /opt/tf-plugins} when present).
     * Skips the test when the provider cannot be installed and terraform is not required.
     */
    static void terraformInit(Path terraform, Path directory)
            throws IOException, InterruptedException
    {
        terraformInit(terraform, directory, false);
    }

    /**
     * {@code terraform init}, with the backend when {@code backend} is set: a test that plans or applies
     * has replaced the generated S3 backend by a local one in an override file ({@link WaveInputs#stateOverrides}).
     */
    static void terraformInit(Path terraform, Path directory, boolean backend)
            throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>(List.of(terraform.toString(), "init", "-backend=" + backend, "-input=false", "-no-color"));
        terraformPluginDirectory().ifPresent(plugins -> command.add("-plugin-dir=" + plugins));
        Result init = run(directory, command);
        if (init.exitCode() != 0) {
            String required = System.getenv().getOrDefault("CLOUDMIGRATE_REQUIRE_VALIDATORS", "");
            if (Arrays.asList(required.split("[,\\s]+")).contains("terraform")) {
                fail("terraform init failed, but CLOUDMIGRATE_REQUIRE_VALIDATORS requires terraform: " + init.output());
            }
            Assumptions.abort("terraform init cannot install hashicorp/aws here (offline, and no provider mirror), skipping validate: " + init.output());
        }
    }

    /** Fails unless {@code terraform fmt -check} accepts every file below the directory. */
    static void assertTerraformFormatted(Path directory)
            throws IOException, InterruptedException
    {
        Path terraform = require("terraform");
        Result result = run(directory, List.of(terraform.toString(), "fmt", "-check", "-recursive", "-diff", "-no-color"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** Fails unless {@code terraform validate} accepts the root module (after an offline init). */
    static void assertTerraformValid(Path moduleDirectory)
            throws IOException, InterruptedException
    {
        Path terraform = require("terraform");
        terraformInit(terraform, moduleDirectory);
        Result validate = run(moduleDirectory, List.of(terraform.toString(), "validate", "-no-color"));
        assertThat(validate.exitCode()).as(moduleDirectory.getFileName() + ": " + validate.output()).isZero();
    }

    static Optional<Path> terraformPluginDirectory()
    {
        String configured = System.getenv("CLOUDMIGRATE_TERRAFORM_PLUGIN_DIR");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path machineMirror = Path.of("/opt/tf-plugins");
        return Files.isDirectory(machineMirror) ? Optional.of(machineMirror) : Optional.empty();
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

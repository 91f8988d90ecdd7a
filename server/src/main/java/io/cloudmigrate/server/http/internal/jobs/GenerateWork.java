package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.codegen.OutputDirectory;
import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A generate job: the stored assessment through the same {@link ArtifactGenerator} that
 * {@code cloudmigrate generate} runs, with the estate's overrides in force as {@code assess --decisions}
 * puts them into the assessment, into the assessment's folder under the data directory (replaced
 * as a whole, so a failed run leaves the earlier artifacts), then each file recorded with the
 * SHA-256 the generator's {@code MANIFEST.sha256} gives it. The PDFs are laid out on the paper the
 * request named, A4 unless it named Letter.
 */
public final class GenerateWork
        implements JobWork
{
    /** The steps the job reports. */
    public static final int STEP_COUNT = 3;
    private static final Pattern MANIFEST_LINE = Pattern.compile("^([0-9a-f]{64})  (.+)$");

    private final AssessmentStore assessments;
    private final ArtifactStore artifacts;
    private final UUID assessmentId;
    private final UUID estateId;
    private final PageSize pageSize;

    public GenerateWork(AssessmentStore assessments, ArtifactStore artifacts, UUID assessmentId, UUID estateId, PageSize pageSize)
    {
        this.assessments = requireNonNull(assessments, "assessments is null");
        this.artifacts = requireNonNull(artifacts, "artifacts is null");
        this.assessmentId = requireNonNull(assessmentId, "assessmentId is null");
        this.estateId = requireNonNull(estateId, "estateId is null");
        this.pageSize = requireNonNull(pageSize, "pageSize is null");
    }

    @Override
    public Outcome run(JobContext context)
            throws IOException
    {
        context.step("Reading the assessment");
        // the overrides as they stand now, as 'assess --decisions' would show them: artifacts follow a reviewer's decision
        Assessment assessment = assessments.document(assessmentId).withOverrides(assessments.decisions(estateId).inForce());
        context.step("Generating Terraform, CloudFormation, runbooks and the report");
        Path directory = artifacts.directory(assessmentId);
        Files.createDirectories(directory.getParent());
        GeneratedArtifacts generated;
        try (OutputDirectory output = OutputDirectory.open(directory, false)) {
            // A cancel stops the generator between files, not only between the job's steps; the staged
            // files are dropped unless committed, so the earlier artifacts stay whole.
            new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults().withPageSize(pageSize), (step, done, total) -> context.checkCancelled());
            context.checkCancelled();
            generated = output.commit();
        }
        context.step("Recording the files");
        Map<String, String> hashes = manifest(directory.resolve(OutputDirectory.MANIFEST));
        List<ArtifactStore.Generated> files = new ArrayList<>();
        for (String file : generated.files()) {
            String hash = hashes.get(file);
            if (hash == null) {
                throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "the generator's " + OutputDirectory.MANIFEST + " does not list " + file);
            }
            files.add(new ArtifactStore.Generated(file, Files.size(generated.resolve(file)), hash));
            context.progress(files.size(), generated.files().size() + 1L);
        }
        Path manifest = directory.resolve(OutputDirectory.MANIFEST);
        files.add(new ArtifactStore.Generated(OutputDirectory.MANIFEST, Files.size(manifest), sha256(manifest)));
        context.progress(files.size(), files.size());
        artifacts.record(assessmentId, files);
        return new Outcome(Optional.of(estateId), "/api/v1/assessments/" + assessmentId + "/artifacts");
    }

    /** The manifest's hashes by path; the generator's paths need none of sha256sum's escapes. */
    private static Map<String, String> manifest(Path path)
            throws IOException
    {
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            Matcher matcher = MANIFEST_LINE.matcher(line);
            if (matcher.matches()) {
                hashes.put(matcher.group(2), matcher.group(1));
            }
        }
        return hashes;
    }

    private static String sha256(Path file)
    {
        try (DigestInputStream input = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            input.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(input.getMessageDigest().digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

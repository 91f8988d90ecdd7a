package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.server.http.internal.storage.Wave.ApprovalState;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One generated file of an assessment.
 *
 * @param path relative to the generation, with {@code /} separators, as {@code MANIFEST.sha256} names it
 * @param wave the wave the file is for; {@code null} for files of the whole assessment (the report, the manifest)
 * @param waveApproval whether that wave is approved now; {@code null} with no wave
 */
public record ArtifactFile(String path, long sizeBytes, String sha256, String mediaType, Integer wave, ApprovalState waveApproval)
{
    // terraform/wave-NN/…, cloudformation/wave-NN-<account>-<region>.yaml, runbooks/wave-NN.{md,pdf}: the layout of ArtifactKind
    private static final Pattern WAVE = Pattern.compile("^(?:terraform/wave-(\\d+)/|cloudformation/wave-(\\d+)-|runbooks/wave-(\\d+)\\.)");

    public ArtifactFile
    {
        requireNonNull(path, "path is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(mediaType, "mediaType is null");
    }

    ArtifactFile withApproval(ApprovalState state)
    {
        return new ArtifactFile(path, sizeBytes, sha256, mediaType, wave, wave == null ? null : state);
    }

    /** The wave a generated path belongs to, from the generator's file layout. */
    static Optional<Integer> waveOf(String path)
    {
        Matcher matcher = WAVE.matcher(path);
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return Optional.of(Integer.parseInt(matcher.group(group)));
            }
        }
        return Optional.empty();
    }

    /** The media type a download is served with, from the file's extension. */
    static String mediaTypeOf(String path)
    {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "tf", "sha256", "txt", "hcl" -> "text/plain; charset=utf-8";
            case "md" -> "text/markdown; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "yaml", "yml" -> "application/yaml";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }
}

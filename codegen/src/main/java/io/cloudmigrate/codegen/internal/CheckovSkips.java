package io.cloudmigrate.codegen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The checkov checks the generated Terraform and CloudFormation skip because they cannot apply to a
 * faithful migration target, each with its reason, from the committed list {@code checkov-skips.tsv}
 * beside {@code ArtifactGenerator}. The templates write one {@code #checkov:skip} comment (Terraform) or
 * one {@code Metadata} skip (CloudFormation) per check into every resource of its type for which the
 * check's condition holds, so that a reviewer reads the reason where the check would have failed.
 */
public final class CheckovSkips
{
    /** The comment that marks one skip in generated Terraform; {@code generate} counts them. */
    public static final String MARKER = "#checkov:skip=";
    /** The line that starts one skip in a generated CloudFormation resource's {@code Metadata.checkov.skip} list. */
    public static final String CLOUDFORMATION_MARKER = "- id: \"CKV";
    private static final String RESOURCE = "/io/cloudmigrate/codegen/checkov-skips.tsv";

    /**
     * One skipped check and why.
     *
     * @param when {@code always}, or the condition a resource must meet (named in the list's header) for the skip to be written
     */
    public record Skip(String check, String when, String reason)
    {
        public Skip
        {
            requireNonNull(check, "check is null");
            requireNonNull(when, "when is null");
            requireNonNull(reason, "reason is null");
        }
    }

    private static final SortedMap<String, List<Skip>> BY_RESOURCE_TYPE = load();

    private CheckovSkips() {}

    /** The skips by Terraform or CloudFormation resource type, sorted by type and then as listed. */
    public static Map<String, List<Skip>> byResourceType()
    {
        return BY_RESOURCE_TYPE;
    }

    private static SortedMap<String, List<Skip>> load()
    {
        String text;
        try (InputStream in = requireNonNull(CheckovSkips.class.getResourceAsStream(RESOURCE), RESOURCE + " is missing from the codegen jar")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        SortedMap<String, List<Skip>> skips = new TreeMap<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4 || Arrays.stream(fields).anyMatch(String::isBlank)) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected check id, resource type, when and reason separated by tabs");
            }
            skips.computeIfAbsent(fields[1], type -> new ArrayList<>()).add(new Skip(fields[0], fields[2], fields[3]));
        }
        SortedMap<String, List<Skip>> frozen = new TreeMap<>();
        skips.forEach((type, list) -> frozen.put(type, List.copyOf(list)));
        return Collections.unmodifiableSortedMap(frozen);
    }
}

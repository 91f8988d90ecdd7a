package io.cloudmigrate.codegen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * Names for generated code: Terraform identifiers ({@code [a-z0-9_]}) and CloudFormation logical ids
 * (alphanumeric). Both derive from the estate name, so they read well, and are unique: names that
 * collide once sanitised all get a suffix taken from a hash of their id (the ARN), so a name does not
 * depend on which other resources happen to be present or on their order.
 */
public final class Identifiers
{
    private static final int HASH_LENGTH = 6;
    private static final int MAXIMUM_LENGTH = 64;
    /** Stands for the source image of an instance whose image the inventory does not know. */
    public static final String UNKNOWN_IMAGE = "unknown-image";

    private Identifiers() {}

    /** Unique Terraform identifiers, keyed by id. */
    public static SortedMap<String, String> terraformNames(Map<String, String> namesById)
    {
        return unique(namesById, Identifiers::terraformName, "_");
    }

    /** Unique logical-id stems (alphanumeric, starting with a capital), keyed by id. */
    public static SortedMap<String, String> logicalIds(Map<String, String> namesById)
    {
        return unique(namesById, Identifiers::logicalId, "");
    }

    /** A name reduced to {@code [a-z0-9_]}, starting with a letter. */
    public static String terraformName(String name)
    {
        String sanitized = requireNonNull(name, "name is null").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (sanitized.isEmpty()) {
            sanitized = "resource";
        }
        if (!Character.isLetter(sanitized.charAt(0))) {
            sanitized = "r_" + sanitized;
        }
        return truncate(sanitized).replaceAll("_+$", "");
    }

    /** A name reduced to letters and digits in UpperCamelCase, starting with a letter. */
    public static String logicalId(String name)
    {
        StringBuilder id = new StringBuilder();
        for (String part : requireNonNull(name, "name is null").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        if (id.isEmpty()) {
            id.append("Resource");
        }
        if (!Character.isLetter(id.charAt(0))) {
            id.insert(0, 'R');
        }
        return truncate(id.toString());
    }

    /** The Terraform variable holding the target AMI for a source image, e.g. {@code ami_0abc1234}. */
    public static String imageVariable(String sourceImageId)
    {
        String name = terraformName(sourceImageId == null ? UNKNOWN_IMAGE : sourceImageId);
        return name.startsWith("ami_") ? name : "ami_" + name;
    }

    /** The first {@code length} hex digits of the SHA-256 of a value. */
    public static String hash(String value, int length)
    {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static SortedMap<String, String> unique(Map<String, String> namesById, UnaryOperator<String> sanitize, String separator)
    {
        SortedMap<String, List<String>> idsByBase = new TreeMap<>();
        new TreeMap<>(namesById).forEach((id, name) -> idsByBase.computeIfAbsent(sanitize.apply(name), base -> new ArrayList<>()).add(id));

        SortedMap<String, String> result = new TreeMap<>();
        TreeSet<String> taken = new TreeSet<>();
        idsByBase.forEach((base, ids) -> {
            if (ids.size() == 1) {
                result.put(ids.getFirst(), base);
                taken.add(base);
            }
        });
        idsByBase.forEach((base, ids) -> {
            if (ids.size() > 1) {
                for (String id : ids) {
                    int length = HASH_LENGTH;
                    String candidate = base + separator + hash(id, length);
                    while (taken.contains(candidate)) {
                        length += 2;
                        candidate = base + separator + hash(id, length);
                    }
                    taken.add(candidate);
                    result.put(id, candidate);
                }
            }
        });
        return result;
    }

    private static String truncate(String value)
    {
        return value.length() <= MAXIMUM_LENGTH ? value : value.substring(0, MAXIMUM_LENGTH);
    }
}

package io.cloudmigrate.codegen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The {@code MANIFEST.sha256} of a generation: one {@code <sha-256>  <path>} line per file, sorted by
 * path, in the format {@code sha256sum} writes, so that {@code sha256sum -c MANIFEST.sha256} checks
 * the files. Its presence is also how a directory is recognised as one CloudMigrate wrote, and its
 * paths are the earlier set that a regeneration replaces.
 *
 * @param files relative paths with {@code /} separators, sorted
 */
public record Manifest(List<String> files)
{
    public static final String FILE_NAME = "MANIFEST.sha256";
    private static final Pattern LINE = Pattern.compile("(\\\\?)([0-9a-f]{64})  (.+)");

    public Manifest
    {
        files = requireNonNull(files, "files is null").stream().sorted().toList();
    }

    /**
     * The manifest text of some files, hashing each one.
     *
     * @param files each relative path as the manifest names it, with the file to hash
     */
    public static String describe(SortedMap<String, Path> files)
            throws IOException
    {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String file = entry.getKey();
            String hash = sha256(entry.getValue());
            // sha256sum escapes a name holding a backslash or a newline and marks the line with a leading backslash
            boolean escaped = file.indexOf('\\') >= 0 || file.indexOf('\n') >= 0;
            String name = escaped ? file.replace("\\", "\\\\").replace("\n", "\\n") : file;
            text.append(escaped ? "\\" : "").append(hash).append("  ").append(name).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads the manifest of a directory.
     *
     * @return empty when the directory has no manifest
     * @throws IllegalArgumentException naming the line when the file is not a manifest CloudMigrate writes
     */
    public static Optional<Manifest> read(Path directory)
            throws IOException
    {
        Path path = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            number++;
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("line " + number + " is not '<sha-256>  <path>'");
            }
            String file = matcher.group(1).isEmpty() ? matcher.group(3) : unescape(matcher.group(3));
            if (!insideDirectory(file)) {
                throw new IllegalArgumentException("line " + number + " names a path outside the directory: " + file);
            }
            files.add(file);
        }
        return Optional.of(new Manifest(files));
    }

    private static boolean insideDirectory(String file)
    {
        if (file.startsWith("/") || file.equals(FILE_NAME)) {
            return false;
        }
        for (String part : file.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String name)
    {
        StringBuilder result = new StringBuilder();
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (character == '\\' && index + 1 < name.length()) {
                char next = name.charAt(++index);
                result.append(next == 'n' ? '\n' : next);
            }
            else {
                result.append(character);
            }
        }
        return result.toString();
    }

    private static String sha256(Path file)
            throws IOException
    {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream input = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

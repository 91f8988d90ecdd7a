package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the files of an estate and remembers what it read: the digest of each file gives the scan
 * id, and the newest modification time stands in for the capture time when the estate does not
 * state one.
 *
 * <p>A file is either {@linkplain #read read} into a tree at once (the single calls, a few per region),
 * or {@linkplain #check checked} as it streams past, without a tree, and {@linkplain #parse parsed}
 * again when a reader gets to it (the per-resource calls, one file per resource: the CloudWatch metric
 * files alone were 868 MB of the estate of 50,000 resources). Either way a bad file is found, and named,
 * before any reader runs, and the import holds the trees of one per-resource file at a time instead
 * of all of them.
 */
final class FileLedger
{
    private final Map<String, String> digests = new TreeMap<>();
    private final ObjectReader reader = JsonDocuments.mapper().reader().with(new SharedTextNodes());
    private Instant newestModification;

    /** The parsed document, or the problem that kept it from being parsed. */
    record Parsed(JsonNode content, String problem)
    {
        boolean valid()
        {
            return content != null;
        }
    }

    Parsed read(Path file, String relativePath)
    {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            noteModification(file);
        }
        catch (IOException e) {
            return new Parsed(null, "cannot be read (" + e.getMessage() + ")");
        }
        digests.put(relativePath, HexFormat.of().formatHex(sha256().digest(bytes)));
        try {
            JsonNode content = reader.readTree(bytes);
            if (content == null || content.isMissingNode()) {
                return new Parsed(null, "is empty; expected the JSON output of the AWS CLI");
            }
            return new Parsed(content, null);
        }
        catch (JsonProcessingException e) {
            return new Parsed(null, "is not valid JSON " + where(e.getLocation()) + " (" + e.getOriginalMessage() + ")");
        }
        catch (IOException e) {
            return new Parsed(null, "cannot be parsed (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a file's digest and modification time and checks, token by token without building a tree,
     * that it holds a JSON value: the problem, as {@link #read} would state it, or empty when it does.
     * Like a tree read, it stops after the first value; the digest covers the whole file.
     */
    Optional<String> check(Path file, String relativePath)
    {
        MessageDigest digest = sha256();
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
            noteModification(file);
            Optional<String> problem = scan(input);
            input.transferTo(OutputStream.nullOutputStream());
            digests.put(relativePath, HexFormat.of().formatHex(digest.digest()));
            return problem;
        }
        catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The tree of a file {@link #check} found valid, read again now that a reader needs it.
     *
     * @throws CloudMigrateException when it can no longer be read or parsed: it changed during the import
     */
    JsonNode parse(Path file, String relativePath)
    {
        try (InputStream input = Files.newInputStream(file)) {
            JsonNode content = reader.readTree(input);
            if (content != null && !content.isMissingNode()) {
                return content;
            }
        }
        catch (IOException e) {
            throw changed(relativePath, e.getMessage(), e);
        }
        throw changed(relativePath, "it is empty now", null);
    }

    private Optional<String> scan(InputStream input)
            throws IOException
    {
        // a parser of its own, not closing the stream: the rest of the file still goes through the digest
        try (JsonParser parser = reader.createParser(input).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.of("is empty; expected the JSON output of the AWS CLI");
            }
            int depth = 0;
            do {
                if (token.isStructStart()) {
                    depth++;
                }
                else if (token.isStructEnd()) {
                    depth--;
                }
                else if (token == JsonToken.VALUE_STRING) {
                    // decoded, as a tree read decodes it: a bad escape or byte is found here, not later
                    parser.getText();
                }
                token = depth > 0 ? parser.nextToken() : null;
            }
            while (token != null);
            return Optional.empty();
        }
        catch (JsonProcessingException e) {
            return Optional.of("is not valid JSON " + where(e.getLocation()) + " (" + e.getOriginalMessage() + ")");
        }
    }

    private static CloudMigrateException changed(String relativePath, String problem, Exception cause)
    {
        return new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT, relativePath
                + " was valid JSON when the import began but cannot be parsed now (" + problem + "); it changed during the import: import again once nothing writes to the estate", cause);
    }

    private void noteModification(Path file)
            throws IOException
    {
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (newestModification == null || modified.isAfter(newestModification)) {
            newestModification = modified;
        }
    }

    /**
     * {@code sha256:} and the hex digest of every file read: its relative path and the digest of its
     * content, in path order. The same files give the same id wherever the estate is stored.
     */
    String scanId()
    {
        MessageDigest digest = sha256();
        digests.forEach((path, contentDigest) -> digest.update((path + "\n" + contentDigest + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** The newest modification time of the files read, to the second. */
    Optional<Instant> newestModification()
    {
        return Optional.ofNullable(newestModification);
    }

    private static String where(JsonLocation location)
    {
        if (location == null || location.getLineNr() < 0) {
            return "at an unknown position";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static MessageDigest sha256()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "this Java runtime has no SHA-256 digest", e);
        }
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            if (newestModification == null || modified.isAfter(newestModification)) {
                newestModification = modified;
            }
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

package io.cloudmigrate.server.http.internal.auth;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The secret that signs access tokens (HMAC-SHA256): read from a file, or generated into the data
 * directory on first start, readable by its owner only. It is never logged and never leaves the file;
 * a file others may read is refused, since whoever reads it can mint tokens for anyone.
 */
public final class SigningKey
{
    /** The file in the data directory when no key file is configured. */
    public static final String FILE_NAME = "token-signing.key";
    static final int MINIMUM_BYTES = 32;
    private static final int GENERATED_BYTES = 64;

    private SigningKey() {}

    /** The key in the file, creating the file with a new random key (mode 0600) if it does not exist and {@code create} is set. */
    public static byte[] read(Path file, boolean create)
    {
        try {
            if (create && !Files.exists(file)) {
                generate(file);
            }
            checkPrivate(file);
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < MINIMUM_BYTES) {
                throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the token signing key in " + file + " is " + key.length
                        + " bytes; it needs at least " + MINIMUM_BYTES + " random bytes, base64-encoded (e.g. 'head -c 64 /dev/urandom | base64 -w0')");
            }
            return key;
        }
        catch (IllegalArgumentException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the token signing key file " + file + " is not base64 text", e);
        }
        catch (IOException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "cannot read the token signing key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void generate(Path file)
            throws IOException
    {
        byte[] key = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            if (Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            }
            else {
                Files.createFile(file);
            }
        }
        catch (FileAlreadyExistsException e) {
            // Another process made it first; use theirs.
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }

    private static void checkPrivate(Path file)
            throws IOException
    {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        for (PosixFilePermission shared : Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE)) {
            if (permissions.contains(shared)) {
                throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the token signing key file " + file + " may be read or written by others ("
                        + PosixFilePermissions.toString(permissions) + "); make it private with 'chmod 600 " + file + "'");
            }
        }
    }
}

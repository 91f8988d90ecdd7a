package io.cloudmigrate.server.http.internal.users;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}),
 * so that the parameters travel with each hash and can be raised later without breaking old ones.
 * The defaults are OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane).
 */
public final class PasswordHasher
{
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    /** A new hash of the password with a fresh random salt. */
    public String hash(char[] password)
    {
        requireNonNull(password, "password is null");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; a hash this class cannot read matches nothing. */
    public boolean matches(char[] password, String storedHash)
    {
        requireNonNull(password, "password is null");
        requireNonNull(storedHash, "storedHash is null");
        Matcher parts = PHC.matcher(storedHash);
        if (!parts.matches()) {
            return false;
        }
        byte[] salt = DECODER.decode(parts.group(4));
        byte[] expected = DECODER.decode(parts.group(5));
        byte[] actual = derive(password, salt, Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length)
    {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] hash = new byte[length];
        byte[] passwordBytes = toUtf8(password);
        try {
            generator.generateBytes(passwordBytes, hash);
        }
        finally {
            java.util.Arrays.fill(passwordBytes, (byte) 0);
        }
        return hash;
    }

    private static byte[] toUtf8(char[] password)
    {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            java.util.Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}

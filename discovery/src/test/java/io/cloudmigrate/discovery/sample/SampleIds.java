package io.cloudmigrate.discovery.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers for the sample estate, derived from a seed string by hashing, so that they look like
 * the random identifiers AWS hands out but are the same on every run.
 */
final class SampleIds
{
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private SampleIds() {}

    /** {@code prefix-0} followed by 16 hex digits, the shape of EC2 identifiers ({@code i-0…}, {@code eni-0…}). */
    static String awsId(String prefix, String seed)
    {
        return prefix + "-0" + hex(prefix + ":" + seed, 16);
    }

    /** The first {@code length} lowercase hex digits of the SHA-256 of the seed. */
    static String hex(String seed, int length)
    {
        return HexFormat.of().formatHex(digest(seed)).substring(0, length);
    }

    /** Lowercase letters and digits, the shape of API Gateway and ElastiCache endpoint identifiers. */
    static String alphanumeric(String seed, int length)
    {
        byte[] digest = digest(seed);
        StringBuilder identifier = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            identifier.append(BASE36.charAt(Byte.toUnsignedInt(digest[index]) % BASE36.length()));
        }
        return identifier.toString();
    }

    /** Decimal digits, for the numeric part of load balancer DNS names. */
    static String digits(String seed, int length)
    {
        long value = Math.floorMod(hash(seed), 1_000_000_000_000_000L);
        return String.format("%018d", value).substring(0, length);
    }

    /** A UUID shaped like the random (version 4) ones AWS hands out, for tasks, attachments and mappings. */
    static String uuid(String seed)
    {
        String hex = hex("uuid:" + seed, 32);
        char variant = "89ab".charAt(Character.digit(hex.charAt(16), 16) % 4);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-" + variant + hex.substring(17, 20) + "-" + hex.substring(20);
    }

    /** A stable 64-bit hash of the seed, for seeding {@link java.util.SplittableRandom}. */
    static long hash(String seed)
    {
        byte[] digest = digest(seed);
        long value = 0;
        for (int index = 0; index < Long.BYTES; index++) {
            value = (value << 8) | Byte.toUnsignedLong(digest[index]);
        }
        return value;
    }

    /** A MAC address in the locally administered range EC2 uses for ENIs. */
    static String macAddress(String seed)
    {
        String hex = hex("mac:" + seed, 10);
        return "0e:" + hex.substring(0, 2) + ":" + hex.substring(2, 4) + ":" + hex.substring(4, 6) + ":" + hex.substring(6, 8) + ":" + hex.substring(8, 10);
    }

    /** The file name the AWS CLI layout uses for a per-resource call: the URL-encoded identifier. */
    static String fileName(String identifier)
    {
        return URLEncoder.encode(identifier, StandardCharsets.UTF_8);
    }

    private static byte[] digest(String seed)
    {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}

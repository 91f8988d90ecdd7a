package io.cloudmigrate.server.scale;

import java.util.Locale;

/**
 * Identifiers of the synthetic estate: hexadecimal like AWS's, derived from the seed and a counter,
 * so that the same seed gives the same identifiers and no two are alike.
 */
final class SyntheticIds
{
    private final long seed;
    private long counter;

    SyntheticIds(long seed)
    {
        this.seed = seed;
    }

    /** {@code prefix} followed by 17 hexadecimal digits, as EC2 ids are ({@code i-0a1b…}). */
    String ec2(String prefix)
    {
        return prefix + "-0" + hex(16);
    }

    /**
     * {@code prefix} followed by 17 hexadecimal digits derived from {@code key} rather than the counter:
     * the same key names the same thing (a VPC shared by several applications) wherever it is asked for.
     */
    String ec2For(String prefix, long key)
    {
        return prefix + "-0" + String.format(Locale.ROOT, "%016x", mix(seed * 0x9E3779B97F4A7C15L - key - 1));
    }

    /** {@code digits} hexadecimal digits (at most 16). */
    String hex(int digits)
    {
        String text = String.format(Locale.ROOT, "%016x", mix(seed * 0x9E3779B97F4A7C15L + ++counter));
        return text.substring(16 - digits);
    }

    /** A UUID-shaped text, as Lambda puts in the description of its network interfaces. */
    String uuid()
    {
        String text = hex(16) + hex(16);
        return text.substring(0, 8) + "-" + text.substring(8, 12) + "-" + text.substring(12, 16) + "-" + text.substring(16, 20) + "-" + text.substring(20, 32);
    }

    /** SplitMix64's finaliser: a counter becomes well-spread bits. */
    static long mix(long value)
    {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

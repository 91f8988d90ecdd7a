package io.cloudmigrate.graph.internal;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * An IPv4 or IPv6 CIDR block, such as {@code 10.0.0.0/16}.
 */
public final class Cidr
{
    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength)
    {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** The block, or {@code null} when the text is not {@code address/length} with a valid length. */
    public static Cidr parse(String text)
    {
        requireNonNull(text, "text is null");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        byte[] network = IpAddresses.parse(text.substring(0, slash));
        if (network == null) {
            return null;
        }
        int prefixLength;
        try {
            prefixLength = Integer.parseInt(text.substring(slash + 1));
        }
        catch (NumberFormatException e) {
            return null;
        }
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            return null;
        }
        return new Cidr(network, prefixLength);
    }

    public int prefixLength()
    {
        return prefixLength;
    }

    /** The lowest address of the block (the network address with the host bits cleared). */
    public byte[] first()
    {
        return masked(network, prefixLength, false);
    }

    /** The highest address of the block (the host bits set). */
    public byte[] last()
    {
        return masked(network, prefixLength, true);
    }

    /** The first {@code prefixLength} bits of {@code address}, the rest cleared or set. */
    static byte[] masked(byte[] address, int prefixLength, boolean hostBitsSet)
    {
        byte[] result = address.clone();
        for (int bit = prefixLength; bit < result.length * 8; bit++) {
            int mask = 0x80 >>> (bit % 8);
            result[bit / 8] = (byte) (hostBitsSet ? result[bit / 8] | mask : result[bit / 8] & ~mask);
        }
        return result;
    }

    /** Whether the block holds the address; an address of the other family is never held. */
    public boolean contains(byte[] address)
    {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        if (!Arrays.equals(network, 0, fullBytes, address, 0, fullBytes)) {
            return false;
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xff << (8 - remainingBits)) & 0xff;
        return (network[fullBytes] & mask) == (address[fullBytes] & mask);
    }
}

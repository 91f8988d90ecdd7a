package io.cloudmigrate.graph.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads flow-log fields straight from the bytes of a line, so that the records that make up nearly
 * all of a flow log cost no string. Every method returns a sentinel rather than throwing: the caller
 * builds a message, with a string, only for the rare malformed field.
 */
final class ByteFields
{
    /** Returned by {@link #number} for a field that is not a decimal number of at most 18 digits. */
    static final long NOT_A_NUMBER = -2;
    /** Returned by {@link #number} and {@link #ipv4} for {@code -}, the absent field. */
    static final long ABSENT = -1;
    /** Returned by {@link #ipv4} for a field that is not a dotted-quad address. */
    static final long NOT_IPV4 = -3;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030_3030_3030_3030L;
    private static final long BELOW_BANG = 0x2121_2121_2121_2121L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private ByteFields() {}

    /** The eight bytes at {@code position}, the first in the low byte; the caller guarantees they are in the array. */
    static long word(byte[] line, int position)
    {
        return (long) LONGS.get(line, position);
    }

    /**
     * The lowest byte flagged in a word that is a space or control character, as a mask with the high bit of
     * that byte set (and perhaps of bytes above it), or 0 when the word has none. The test
     * {@code (word - 0x21…) & ~word & 0x80…} never flags bytes of 0x80 and up, as in UTF-8; false flags only
     * appear above a true one.
     */
    static long delimiters(long word)
    {
        return (word - BELOW_BANG) & ~word & HIGH_BITS;
    }

    /** The number of bytes below the lowest delimiter a non-zero {@link #delimiters} mask flags. */
    static int bytesBefore(long delimiters)
    {
        return Long.numberOfTrailingZeros(delimiters) >>> 3;
    }

    /**
     * The first byte at or after {@code position} that is a space or control character, searched eight bytes at
     * a time. The caller guarantees such a byte (a line's newline) and eight readable bytes from each word start.
     */
    static int delimiter(byte[] line, int position)
    {
        while (true) {
            long found = delimiters(word(line, position));
            if (found != 0) {
                return position + bytesBefore(found);
            }
            position += Long.BYTES;
        }
    }

    static boolean isAbsent(byte[] line, int start, int end)
    {
        return end - start == 1 && line[start] == '-';
    }

    /**
     * The decimal number in {@code line[start, end)}, or {@link #ABSENT} or {@link #NOT_A_NUMBER}. Up to
     * 16 digits are converted eight at a time; the caller guarantees that eight bytes can be read from
     * {@code start} and from {@code start + 8} when the field is longer than eight bytes.
     */
    static long number(byte[] line, int start, int end)
    {
        int length = end - start;
        if (length == 1 && line[start] == '-') {
            return ABSENT;
        }
        if (length == 0 || length > 18) {
            return NOT_A_NUMBER;
        }
        if (length <= 8) {
            return digits((long) LONGS.get(line, start), length);
        }
        if (length <= 16) {
            long high = digits((long) LONGS.get(line, start), length - 8);
            long low = digits((long) LONGS.get(line, end - 8), 8);
            return high < 0 || low < 0 ? NOT_A_NUMBER : high * 100_000_000L + low;
        }
        long value = 0;
        for (int index = start; index < end; index++) {
            int digit = line[index] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_NUMBER;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The first {@code digits} (1 to 8) bytes of a little-endian word as a decimal number, or
     * {@link #NOT_A_NUMBER}. The digits are shifted to the top of the word with '0' bytes below them,
     * then combined pairwise (the SWAR method of simdjson and of Lemire's "Faster integer parsing").
     */
    static long digits(long word, int digits)
    {
        int unused = (8 - digits) * 8;
        long padded = unused == 0 ? word : (word << unused) | (ZEROS >>> (64 - unused));
        // Each byte must be 0x30-0x39: high nibble 3, and adding 6 must not carry out of the low nibble.
        if ((padded & 0xF0F0_F0F0_F0F0_F0F0L) != ZEROS || ((padded + 0x0606_0606_0606_0606L) & 0xF0F0_F0F0_F0F0_F0F0L) != ZEROS) {
            return NOT_A_NUMBER;
        }
        long value = padded - ZEROS;
        value = (value * 10) + (value >>> 8);
        value = (((value & 0x0000_00FF_0000_00FFL) * (100 + (1_000_000L << 32)))
                + (((value >>> 16) & 0x0000_00FF_0000_00FFL) * (1 + (10_000L << 32)))) >>> 32;
        return value;
    }

    /** The address as its 32 bits in the low half of the result, or {@link #ABSENT} or {@link #NOT_IPV4}. */
    static long ipv4(byte[] line, int start, int end)
    {
        if (end - start == 1 && line[start] == '-') {
            return ABSENT;
        }
        long address = 0;
        int parts = 0;
        int value = -1;
        for (int index = start; index <= end; index++) {
            int character = index == end ? '.' : line[index];
            if (character == '.') {
                if (value < 0 || parts == 4) {
                    return NOT_IPV4;
                }
                address = (address << 8) | value;
                parts++;
                value = -1;
            }
            else if (character >= '0' && character <= '9') {
                value = (value < 0 ? 0 : value * 10) + (character - '0');
                if (value > 255) {
                    return NOT_IPV4;
                }
            }
            else {
                return NOT_IPV4;
            }
        }
        return parts == 4 ? address : NOT_IPV4;
    }

    static boolean contains(byte[] line, int start, int end, byte wanted)
    {
        for (int index = start; index < end; index++) {
            if (line[index] == wanted) {
                return true;
            }
        }
        return false;
    }

    static boolean equalsAscii(byte[] line, int start, int end, String text)
    {
        if (end - start != text.length()) {
            return false;
        }
        for (int index = 0; index < text.length(); index++) {
            if (line[start + index] != text.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    static String text(byte[] line, int start, int end)
    {
        return new String(line, start, end - start, StandardCharsets.UTF_8);
    }

    /** Dotted decimal of the 32 bits of an IPv4 address. */
    static String formatIpv4(int address)
    {
        byte[] text = new byte[15];
        int length = 0;
        for (int shift = 24; shift >= 0; shift -= 8) {
            int octet = (address >>> shift) & 0xff;
            if (octet >= 100) {
                text[length++] = (byte) ('0' + octet / 100);
            }
            if (octet >= 10) {
                text[length++] = (byte) ('0' + octet / 10 % 10);
            }
            text[length++] = (byte) ('0' + octet % 10);
            if (shift > 0) {
                text[length++] = '.';
            }
        }
        return new String(text, 0, length, StandardCharsets.ISO_8859_1);
    }
}

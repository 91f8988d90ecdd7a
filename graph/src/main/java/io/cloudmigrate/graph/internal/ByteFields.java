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
            return digits(word(line, start), length);
        }
        if (length <= 16) {
            long high = digits(word(line, start), length - 8);
            long low = digits(word(line, end - 8), 8);
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
        long address = dottedQuad(line, start, end);
        return address >= 0 ? address : ipv4Bytewise(line, start, end);
    }

    /**
     * The address when the field is four dot-separated groups of one to three digits, each at most 255, or -1
     * for any other field (which {@link #ipv4Bytewise} then judges). No branch depends on where the dots are,
     * which a loop over the bytes mispredicts a few times an address: the dots are found in two words at once,
     * their positions packed into one 16-bit mask, and each group converted from the word that starts it.
     */
    static long dottedQuad(byte[] line, int start, int end)
    {
        int length = end - start;
        if (length < 7 || length > 15 || start + 24 > line.length) {
            return -1;
        }
        long low = word(line, start);
        // Only the field's bytes: the next field may hold dots too.
        long high = length > Long.BYTES ? word(line, start + Long.BYTES) & (-1L >>> ((16 - length) * Byte.SIZE)) : 0;
        int dots = packedHighBits(zeroBytes(low ^ DOTS)) | (packedHighBits(zeroBytes(high ^ DOTS)) << Long.BYTES);
        if (Integer.bitCount(dots) != 3) {
            return -1;
        }
        int first = Integer.numberOfTrailingZeros(dots);
        int rest = dots & (dots - 1);
        int second = Integer.numberOfTrailingZeros(rest);
        int third = Integer.numberOfTrailingZeros(rest & (rest - 1));
        int firstLength = first;
        int secondLength = second - first - 1;
        int thirdLength = third - second - 1;
        int fourthLength = length - third - 1;
        // Each group holds one to three digits: length - 1 is 0, 1 or 2.
        if (((firstLength - 1) | (secondLength - 1) | (thirdLength - 1) | (fourthLength - 1)) < 0
                || Math.max(Math.max(firstLength, secondLength), Math.max(thirdLength, fourthLength)) > 3) {
            return -1;
        }
        long a = digits(low, firstLength);
        long b = digits(word(line, start + first + 1), secondLength);
        long c = digits(word(line, start + second + 1), thirdLength);
        long d = digits(word(line, start + third + 1), fourthLength);
        // NOT_A_NUMBER is negative; a group above 255 sets a bit above the low eight.
        if ((a | b | c | d) < 0 || ((a | b | c | d) & ~0xffL) != 0) {
            return -1;
        }
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    private static final long DOTS = 0x2E2E_2E2E_2E2E_2E2EL;
    private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;

    /** The high bit of each byte of the word that is zero, exactly (no false flags). */
    private static long zeroBytes(long word)
    {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word) & HIGH_BITS;
    }

    /** The high bits of the eight bytes of a word, gathered into the low eight bits of the result. */
    private static int packedHighBits(long highBits)
    {
        return (int) (((highBits >>> 7) * 0x0102_0408_1020_4080L) >>> 56);
    }

    /** {@link #ipv4} a byte at a time: it accepts what {@link #dottedQuad} does, and judges every other field. */
    static long ipv4Bytewise(byte[] line, int start, int end)
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

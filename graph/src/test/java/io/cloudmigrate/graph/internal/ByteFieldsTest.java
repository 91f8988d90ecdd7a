package io.cloudmigrate.graph.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ByteFieldsTest
{
    @ParameterizedTest
    @CsvSource({
            "0, 0", "7, 7", "22, 22", "65535, 65535", "12345678, 12345678", "123456789, 123456789",
            "1418530070, 1418530070", "00000001, 1", "9999999999999999, 9999999999999999",
            "123456789012345678, 123456789012345678", "-, -1", "1a, -2", "99a9999999, -2", "1234567890123456789, -2", "+1, -2", "/, -2", ":, -2"})
    void readsDecimalNumbersEightDigitsAtATime(String field, long expected)
    {
        assertThat(number(field)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "172.31.16.139, 2887717003", "0.0.0.0, 0", "255.255.255.255, 4294967295", "-, -1",
            "10.0.12.7, 167775239", "1.22.133.4, 18253060", "99.9.199.99, 1661585251",
            "256.1.1.1, -3", "1.2.3.256, -3", "1.2.3, -3", "1.2.3.4.5, -3", "1..2.3, -3", ".1.2.3, -3", "1.2.3., -3", "1.2.3.4., -3",
            "1000.1.1.1, -3", "1.2.3.1000, -3", "1.2.3.4a, -3", "1.2.3.a, -3", "a1.2.3.4, -3", "1.2.3 .4, -3", "1.2:3.4, -3",
            "db.internal, -3", "2001:db8::1, -3", "::ffff:1.2.3.4, -3"})
    void readsIpv4AddressesAsTheir32Bits(String field, long expected)
    {
        byte[] line = padded(field);
        assertThat(ByteFields.ipv4(line, 0, field.length())).isEqualTo(expected);
        if (expected >= 0) {
            assertThat(ByteFields.formatIpv4((int) expected)).isEqualTo(field);
        }
    }

    @Test
    void readsEveryDottedQuadWithoutLookingAtBytesOneByOne()
    {
        Random random = new Random(20261205);
        for (int sample = 0; sample < 100_000; sample++) {
            long expected = random.nextLong(1L << 32);
            StringBuilder field = new StringBuilder();
            for (int shift = 24; shift >= 0; shift -= 8) {
                int octet = (int) (expected >>> shift) & 0xff;
                // Leading zeros, up to three digits, as the byte-wise reading accepts them too.
                String digits = Integer.toString(octet);
                field.append("0".repeat(random.nextInt(4 - digits.length()))).append(digits).append(shift > 0 ? "." : "");
            }
            byte[] line = followedByAnotherAddress(field.toString());

            assertThat(ByteFields.dottedQuad(line, 0, field.length())).as(field.toString()).isEqualTo(expected);
            assertThat(ByteFields.ipv4Bytewise(line, 0, field.length())).as(field.toString()).isEqualTo(expected);
        }
    }

    @Test
    void agreesWithTheBytewiseReadingOnAnyField()
    {
        Random random = new Random(20261206);
        String alphabet = "0123456789..........-:a/ ";
        int read = 0;
        for (int sample = 0; sample < 200_000; sample++) {
            StringBuilder field = new StringBuilder();
            int length = 1 + random.nextInt(17);
            for (int index = 0; index < length; index++) {
                field.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] line = followedByAnotherAddress(field.toString());
            long bytewise = ByteFields.ipv4Bytewise(line, 0, length);
            long dotted = ByteFields.dottedQuad(line, 0, length);

            assertThat(ByteFields.ipv4(line, 0, length)).as(field.toString()).isEqualTo(bytewise);
            if (dotted >= 0) {
                assertThat(dotted).as(field.toString()).isEqualTo(bytewise);
                read++;
            }
        }
        assertThat(read).as("fields read as dotted quads").isPositive();
    }

    // The field, a space, another address (whose dots must not count) and room to read words past it.
    private static byte[] followedByAnotherAddress(String field)
    {
        byte[] bytes = (field + " 10.20.30.40 ").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[bytes.length + 32];
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        return line;
    }

    private static long number(String field)
    {
        return ByteFields.number(padded(field), 0, field.length());
    }

    // As in the parser's buffer: the field is followed by a delimiter and at least eight more bytes.
    private static byte[] padded(String field)
    {
        byte[] bytes = field.getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[bytes.length + 16];
        System.arraycopy(bytes, 0, line, 0, bytes.length);
        line[bytes.length] = ' ';
        return line;
    }
}

package io.cloudmigrate.graph.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass reading of ordinary records is only a shortcut: on every line, of any shape, parsing with it
 * must give what splitting every line first gives.
 */
class OnePassReadingTest
{
    private static final String VERSION_5_HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action "
            + "log-status vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id sublocation-type sublocation-id "
            + "pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path";
    private static final String ORDINARY = "2 123456789012 eni-0a1b2c3d4e5f67533 10.1.211.229 10.9.32.234 51170 80 6 165 84006 1700000000 1700000001 ACCEPT OK";
    private static final String ORDINARY_VERSION_5 = "5 123456789012 eni-0a1b2c3d4e5f67533 10.0.1.5 10.0.2.9 443 49152 6 12 3400 1700000000 1700000060 ACCEPT OK "
            + "vpc-0a1b2c3d subnet-0a1b2c3d i-0a1b2c3d 18 IPv4 10.0.1.5 10.0.2.9 us-east-1 - - - - - egress 1";

    @Test
    void readsOrdinaryRecordsInOnePass()
    {
        assertReadInOnePass(new RecordLayout(FlowLogFormat.VERSION_2), ORDINARY);
        assertReadInOnePass(new RecordLayout(new FlowLogFormat(List.of(VERSION_5_HEADER.split(" ")))), ORDINARY_VERSION_5);
    }

    @Test
    void leavesEveryOtherLineToTheSplittingPath()
    {
        RecordLayout layout = new RecordLayout(FlowLogFormat.VERSION_2);
        for (String line : List.of(
                ORDINARY.replace(" OK", " NODATA"),
                ORDINARY.replace("10.1.211.229", "2001:db8::1"),
                ORDINARY.replace("10.1.211.229", "-"),
                ORDINARY.replace(" 80 ", " 65536 "),
                ORDINARY.replace(" 6 ", " 256 "),
                ORDINARY.replace(" 6 ", " - "),
                ORDINARY.replace("ACCEPT", "accept"),
                ORDINARY.replace(" 165 ", "  165 "),
                ORDINARY.replace(" 165 ", "\t165 "),
                ORDINARY + " extra",
                ORDINARY.substring(0, ORDINARY.lastIndexOf(' ')),
                ORDINARY.replace("84006", "12345678901234567890"),
                ORDINARY.replace("84006", "84O06"),
                " " + ORDINARY,
                "")) {
            byte[] bytes = padded(line + "\n");
            EdgeTable table = new EdgeTable();

            assertThat(layout.readInOnePass(bytes, 0, table, ResponseRule.FOLD_RESPONSES)).as(line).isEqualTo(-1);
            assertThat(table.size()).as(line).isZero();
        }
        byte[] carriageReturn = padded(ORDINARY + "\r\n");
        assertThat(layout.readInOnePass(carriageReturn, 0, new EdgeTable(), ResponseRule.FOLD_RESPONSES)).isEqualTo(-1);
        RecordLayout withServices = new RecordLayout(new FlowLogFormat(List.of(VERSION_5_HEADER.split(" "))));
        byte[] namedService = padded(ORDINARY_VERSION_5.replace("- - egress", "S3 - egress") + "\n");
        assertThat(withServices.readInOnePass(namedService, 0, new EdgeTable(), ResponseRule.FOLD_RESPONSES)).isEqualTo(-1);
    }

    @Test
    void givesWhatSplittingGivesOnHandPickedLines()
            throws IOException
    {
        String lines = String.join("\n",
                ORDINARY,
                ORDINARY.replace("ACCEPT", "REJECT"),
                ORDINARY.replace(" 51170 80 ", " 80 51170 "),
                ORDINARY.replace("10.1.211.229", "010.001.211.229"),
                ORDINARY.replace("84006", "-").replace(" 165 ", " - "),
                ORDINARY.replace("1700000000 1700000001", "- -"),
                ORDINARY.replace("84006", "1234567890123456"),
                ORDINARY.replace("84006", "12345678901234567"),
                ORDINARY.replace(" 165 ", " 4294967296 "),
                ORDINARY.replace("1700000000", "99999999999"),
                ORDINARY.replace(" OK", " SKIPDATA"),
                ORDINARY.replace(" 165 ", "\t165\t"),
                ORDINARY + "\r",
                "2 123456789012 eni-1 - - - - - - - 1700000000 1700000060 - NODATA",
                "",
                "   ",
                VERSION_5_HEADER,
                ORDINARY_VERSION_5,
                ORDINARY_VERSION_5.replace(" 18 ", " 2 "),
                ORDINARY_VERSION_5.replace("- - egress", "S3 - egress"),
                ORDINARY_VERSION_5.replace(" 18 ", " - "),
                ORDINARY_VERSION_5.replace(" 18 ", " x "),
                ORDINARY,
                "version srcaddr",
                ORDINARY,
                "\u0000\u0001 garbage line",
                ORDINARY_VERSION_5,
                "version srcaddr dstaddr action",
                VERSION_5_HEADER + " srcaddr",
                ORDINARY_VERSION_5,
                "word ".repeat(200),
                ORDINARY_VERSION_5) + "\n";

        assertSameResult(lines);
    }

    @Test
    void givesWhatSplittingGivesOnDamagedLines()
            throws IOException
    {
        // Lines of both formats with bytes overwritten, removed or doubled: each damaged line either still reads
        // as a record or is reported, and the two paths must agree on which and how.
        Random random = new Random(20261205);
        String alphabet = "0123456789.:- \t\rAaOKCEPTRJNDx";
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 20_000; line++) {
            boolean version5 = line % 1_000 >= 500;
            if (line % 500 == 0) {
                text.append(version5 ? VERSION_5_HEADER : String.join(" ", FlowLogFormat.VERSION_2.fieldNames())).append('\n');
            }
            if (line % 97 == 0) {
                // A garbled header or a stray line: neither may change the format the records after it are read with.
                StringBuilder header = new StringBuilder(random.nextBoolean() ? VERSION_5_HEADER : String.join(" ", FlowLogFormat.VERSION_2.fieldNames()));
                header.setCharAt(random.nextInt(header.length()), "\u0000\u0001 abcxyz-".charAt(random.nextInt(9)));
                text.append(random.nextInt(4) == 0 ? "\u0000\u0001 garbage line" : header).append('\n');
            }
            StringBuilder record = new StringBuilder(version5 ? ORDINARY_VERSION_5 : ORDINARY);
            int damages = random.nextInt(3);
            for (int damage = 0; damage < damages; damage++) {
                int at = random.nextInt(record.length());
                switch (random.nextInt(3)) {
                    case 0 -> record.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> record.deleteCharAt(at);
                    default -> record.insert(at, record.charAt(at));
                }
            }
            text.append(record).append('\n');
        }

        assertSameResult(text.toString());
    }

    private static void assertReadInOnePass(RecordLayout layout, String line)
    {
        byte[] bytes = padded(line + "\n");
        EdgeTable table = new EdgeTable();

        assertThat(layout.readInOnePass(bytes, 0, table, ResponseRule.FOLD_RESPONSES)).isEqualTo(line.length() + 1);
        assertThat(table.size()).isEqualTo(1);
    }

    private static void assertSameResult(String text)
            throws IOException
    {
        ChunkResult onePass = parse(text, true);
        ChunkResult split = parse(text, false);

        assertThat(onePass.lines).isEqualTo(split.lines);
        assertThat(onePass.records).isEqualTo(split.records);
        assertThat(onePass.malformed).isEqualTo(split.malformed);
        assertThat(onePass.malformedSamples).isEqualTo(split.malformedSamples);
        assertThat(onePass.awsServices).isEqualTo(split.awsServices);
        assertThat(edges(onePass.edges)).isEqualTo(edges(split.edges));
        assertThat(onePass.records - onePass.malformed).as("records read").isPositive();
    }

    private static ChunkResult parse(String text, boolean onePass)
            throws IOException
    {
        ByteFlowLogParser parser = new ByteFlowLogParser(Integer.MAX_VALUE, ResponseRule.FOLD_RESPONSES, onePass);
        return parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FlowLogFormat.VERSION_2);
    }

    private static List<String> edges(EdgeTable table)
    {
        List<String> edges = new ArrayList<>();
        table.forEach((pair, portProtocol, accepted, rejected, packets, bytes, firstSeen, lastSeen) -> edges.add(
                describe(table, pair, portProtocol) + " " + accepted + " " + rejected + " " + packets + " " + bytes + " " + firstSeen + " " + lastSeen));
        return edges.stream().sorted().toList();
    }

    private static String describe(EdgeTable table, long pair, int portProtocol)
    {
        int source = (int) (pair >>> 32);
        int target = (int) pair;
        return ((portProtocol & EdgeTable.SOURCE_IPV6) != 0 ? table.ipv6Address(source) : ByteFields.formatIpv4(source))
                + " " + ((portProtocol & EdgeTable.TARGET_IPV6) != 0 ? table.ipv6Address(target) : ByteFields.formatIpv4(target))
                + " " + (portProtocol & 0xffff) + " " + ((portProtocol >>> 16) & 0xff);
    }

    /** The line's bytes with room after them for reading eight bytes at a time, as the parser's buffer has. */
    private static byte[] padded(String line)
    {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + Long.BYTES];
        System.arraycopy(text, 0, bytes, 0, text.length);
        return bytes;
    }
}

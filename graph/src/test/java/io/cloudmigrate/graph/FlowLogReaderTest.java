package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FlowLogReaderTest
{
    // The default-format examples of the Amazon VPC user guide.
    private static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    private static final String ACCEPTED = "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK";
    private static final String REJECTED = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK";
    private static final String NO_DATA = "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA";
    private static final String SKIP_DATA = "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA";

    private final FlowLogReader reader = FlowLogReader.create();

    @TempDir
    Path directory;

    @Test
    void readsTheUserGuideExamplesOfTheDefaultFormat()
            throws IOException
    {
        Path file = write("flows.log", ACCEPTED, REJECTED, NO_DATA, SKIP_DATA);

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.records()).isEqualTo(4);
        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("172.31.16.139", "172.31.16.21", 22, 6, 1, 0, 20, 4249, 1418530010, 1418530070, null, null),
                new TrafficEdge("172.31.9.69", "172.31.9.12", 3389, 6, 0, 1, 0, 0, 1418530010, 1418530070, null, null));
    }

    @Test
    void skipsTheHeaderLine()
            throws IOException
    {
        Traffic traffic = reader.read(List.of(write("flows.log", HEADER, ACCEPTED)));

        assertThat(traffic.records()).isEqualTo(1);
        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).hasSize(1);
    }

    @Test
    void takesFieldOrderFromTheHeader()
            throws IOException
    {
        Path file = write("custom.log",
                "start end srcaddr dstaddr dstport srcport protocol bytes packets action log-status vpc-id",
                "1418530010 1418530070 10.0.1.5 10.0.2.7 5432 40000 6 9000 12 ACCEPT OK vpc-1",
                "1418530080 1418530140 10.0.1.5 10.0.2.7 5432 40001 6 1000 3 ACCEPT OK vpc-1");

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("10.0.1.5", "10.0.2.7", 5432, 6, 2, 0, 15, 10_000, 1418530010, 1418530140, null, null));
    }

    @Test
    void foldsResponsesIntoTheEdgeOfTheRequest()
            throws IOException
    {
        Path file = write("flows.log",
                "2 123456789010 eni-a 10.0.1.5 10.0.2.7 49152 5432 6 10 1000 100 160 ACCEPT OK",
                "2 123456789010 eni-b 10.0.2.7 10.0.1.5 5432 49152 6 8 5000 100 170 ACCEPT OK",
                "2 123456789010 eni-c 10.0.1.5 10.0.2.7 49153 8080 6 2 300 200 260 ACCEPT OK",
                "2 123456789010 eni-d 10.0.2.7 10.0.1.5 8080 49153 6 2 700 200 260 ACCEPT OK");

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("10.0.1.5", "10.0.2.7", 5432, 6, 1, 0, 18, 6000, 100, 170, null, null),
                new TrafficEdge("10.0.1.5", "10.0.2.7", 8080, 6, 1, 0, 4, 1000, 200, 260, null, null));
    }

    @Test
    void toleratesWindowsLineEndsTabsAndAMissingFinalNewline()
            throws IOException
    {
        Path file = directory.resolve("crlf.log");
        Files.writeString(file, HEADER + "\r\n" + ACCEPTED.replace(' ', '\t') + "  \r\n" + REJECTED, StandardCharsets.UTF_8);

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.records()).isEqualTo(2);
        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).extracting(TrafficEdge::port).containsExactly(22, 3389);
    }

    @Test
    void writesIpv6AddressesInOneCanonicalForm()
            throws IOException
    {
        Path file = write("ipv6.log",
                "2 123456789010 eni-1 2001:DB8::1 2001:db8:0:0:0:0:0:2 34892 22 6 1 10 100 160 ACCEPT OK",
                "2 123456789010 eni-1 2001:db8:0::1 2001:db8::2 34893 22 6 1 10 200 260 ACCEPT OK");

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("2001:db8:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:2", 22, 6, 2, 0, 2, 20, 100, 260, null, null));
    }

    @Test
    void countsMalformedLinesWithFileAndLine()
            throws IOException
    {
        Path file = write("flows.log",
                HEADER,
                ACCEPTED,
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 abc 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 db.internal 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 70000 6 20 4249 1418530010 1418530070 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ALLOW OK",
                "",
                REJECTED);

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.records()).isEqualTo(7);
        assertThat(traffic.malformed()).isEqualTo(5);
        assertThat(traffic.malformedSamples()).containsExactly(
                file + ":3: expected 14 fields, found 13",
                file + ":4: srcport is not a number: 'abc'",
                file + ":5: dstaddr is not an IP address: 'db.internal'",
                file + ":6: dstport is out of range (0-65535): '70000'",
                file + ":7: action must be ACCEPT or REJECT, found 'ALLOW'");
        assertThat(traffic.edges()).hasSize(2);
    }

    @Test
    void keepsTheFirstTenMalformedLinesAsSamples()
            throws IOException
    {
        String[] lines = IntStream.rangeClosed(1, 12).mapToObj(index -> "broken record " + index).toArray(String[]::new);
        Path file = write("flows.log", lines);

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformed()).isEqualTo(12);
        assertThat(traffic.malformedSamples()).hasSize(FlowLogReader.MALFORMED_SAMPLES)
                .first().isEqualTo(file + ":1: expected 14 fields, found 3");
        assertThat(traffic.malformedSamples()).last().isEqualTo(file + ":10: expected 14 fields, found 3");
    }

    @Test
    void readsGzipInput()
            throws IOException
    {
        Path file = directory.resolve("123456789010_vpcflowlogs_us-east-1_fl-1234_20141214T0505Z_hash.log.gz");
        Files.write(file, gzip(HEADER + "\n" + ACCEPTED + "\n" + NO_DATA + "\n"));

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.records()).isEqualTo(2);
        assertThat(traffic.edges()).extracting(TrafficEdge::bytes).containsExactly(4249L);
    }

    @Test
    void countsCutShortGzipAsMalformedAndReadsOn()
            throws IOException
    {
        byte[] whole = gzip((ACCEPTED + "\n").repeat(200));
        Path broken = directory.resolve("a.log.gz");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        Path good = write("b.log", REJECTED);

        Traffic traffic = reader.read(List.of(directory));

        assertThat(traffic.malformed()).isEqualTo(1);
        assertThat(traffic.malformedSamples()).singleElement().asString()
                .startsWith(broken + ":")
                .contains("gzip data is corrupt or cut short")
                .endsWith("the rest of the file was skipped");
        assertThat(traffic.edges()).extracting(TrafficEdge::target).contains("172.31.9.12");
        assertThat(good).exists();
    }

    @Test
    void readsDirectoriesInPathOrderAndSkipsHiddenFiles()
            throws IOException
    {
        Files.createDirectories(directory.resolve("2014/12/14"));
        write("2014/12/14/b.log", "bad record 1 2");
        write("2014/12/14/a.log", "bad record 1 2");
        write("2014/12/14/.a.log.swp", "bad record 1 2");
        write("2014/12/13.log", "bad record 1 2");

        Traffic traffic = reader.read(List.of(directory));

        assertThat(traffic.malformedSamples()).extracting(sample -> sample.substring(directory.toString().length()))
                .containsExactly(
                        "/2014/12/13.log:1: expected 14 fields, found 4",
                        "/2014/12/14/a.log:1: expected 14 fields, found 4",
                        "/2014/12/14/b.log:1: expected 14 fields, found 4");
    }

    @Test
    void attributesAddressesToResourcesAndTheInternet()
            throws IOException
    {
        Inventory inventory = new TestEstate()
                .instance("web", "172.31.16.21")
                .inventory();
        Path file = write("flows.log",
                "2 123456789010 eni-1 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
                "2 123456789010 eni-1 198.51.100.7 172.31.16.21 51515 443 6 20 4249 1418530010 1418530070 ACCEPT OK");

        Traffic traffic = reader.read(List.of(file), inventory);

        assertThat(traffic.edges()).extracting(TrafficEdge::source, TrafficEdge::sourceResource, TrafficEdge::targetResource).containsExactly(
                tuple("172.31.16.139", AddressAttribution.UNATTRIBUTED_PRIVATE, TestEstate.instanceArn("web")),
                tuple("198.51.100.7", AddressAttribution.INTERNET, TestEstate.instanceArn("web")));
    }

    @Test
    void missingInputNamesThePath()
    {
        Path missing = directory.resolve("nowhere.log");

        assertThatThrownBy(() -> reader.read(List.of(missing)))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessage(missing + ": no such flow-log file or directory; pass a file (plain or .gz) or a directory of them")
                .extracting(error -> ((CloudMigrateException) error).errorCode())
                .isEqualTo(GraphErrorCode.INPUT_NOT_FOUND);
    }

    private Path write(String name, String... lines)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.writeString(file, Arrays.stream(lines).collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] gzip(String text)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream output = new GZIPOutputStream(bytes)) {
            output.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

package io.cloudmigrate.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which lines are headers: only field names naming each required field once. Anything else that is not a
 * record is one malformed record, and the format in force stays.
 */
class FlowLogHeaderLinesTest
{
    private static final String VERSION_5_HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action "
            + "log-status vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id sublocation-type sublocation-id "
            + "pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path";
    private static final String ACCEPTED = "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK";

    private final FlowLogReader reader = FlowLogReader.create();

    @TempDir
    Path directory;

    @Test
    void keepsReadingTheRecordsAfterAGarbageLineInTheMiddleOfAVersion5File()
            throws IOException
    {
        List<String> lines = new ArrayList<>();
        lines.add(VERSION_5_HEADER);
        IntStream.range(0, 300).mapToObj(FlowLogHeaderLinesTest::version5Record).forEach(lines::add);
        lines.add(60, "\u0000\u0001 garbage line");
        Path file = write("version5.log", lines);

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.records()).isEqualTo(301);
        assertThat(traffic.malformed()).isEqualTo(1);
        assertThat(traffic.malformedSamples()).containsExactly(file + ":61: expected 29 fields, found 2");
        assertThat(traffic.edges()).extracting(TrafficEdge::acceptedFlows).containsOnly(1L);
        assertThat(traffic.edges()).hasSize(300);
    }

    @Test
    void takesALineNamingOnlySomeOfTheRequiredFieldsForOneMalformedRecord()
            throws IOException
    {
        Path file = write("flows.log", List.of("version srcaddr dstaddr action", ACCEPTED));

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformedSamples()).containsExactly(
                file + ":1: expected 14 fields, found 4; nor is it a header: it lacks srcport, dstport, protocol, so the format in force stays");
        assertThat(traffic.edges()).extracting(TrafficEdge::target).containsExactly("172.31.16.21");
    }

    @Test
    void takesAHeaderRepeatingAFieldForOneMalformedRecord()
            throws IOException
    {
        Path file = write("flows.log", List.of(VERSION_5_HEADER + " srcaddr", ACCEPTED));

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformedSamples()).containsExactly(
                file + ":1: expected 14 fields, found 30; nor is it a header: it repeats srcaddr, so the format in force stays");
        assertThat(traffic.edges()).hasSize(1);
    }

    @Test
    void readsAHeaderWithFieldsNewerThanCloudMigrate()
            throws IOException
    {
        // AWS adds fields (ECS metadata in version 7, reject-reason in version 8): a header naming them still sets the format.
        Path file = write("flows.log", List.of(
                "srcaddr dstaddr srcport dstport protocol action reject-reason some-future-field",
                "10.0.1.5 10.0.2.7 40000 5432 6 REJECT BPA x"));

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).extracting(TrafficEdge::port, TrafficEdge::rejectedFlows).containsExactly(tuple(5432, 1L));
    }

    @Test
    void takesAVeryLongLineOfWordsForOneMalformedRecord()
            throws IOException
    {
        String words = IntStream.range(0, 200).mapToObj(index -> "word").collect(Collectors.joining(" "));
        Path file = write("prose.log", List.of(words, ACCEPTED));

        Traffic traffic = reader.read(List.of(file));

        assertThat(traffic.malformedSamples()).containsExactly(file + ":1: expected 14 fields, found 200");
        assertThat(traffic.edges()).hasSize(1);
    }

    private static String version5Record(int index)
    {
        return "5 123456789012 eni-0a1b2c3d4e5f67533 10.0." + (index / 200) + "." + (index % 200) + " 10.0.2.9 49152 443 6 12 3400 1700000000 1700000060 ACCEPT OK "
                + "vpc-0a1b2c3d subnet-0a1b2c3d i-0a1b2c3d 2 IPv4 10.0.1.5 10.0.2.9 us-east-1 - - - - - egress 1";
    }

    private Path write(String name, List<String> lines)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.writeString(file, lines.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        return file;
    }
}

package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.Traffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cloudmigrate flows} as a user runs it: what it prints, where, and how it exits. */
class FlowsCommandTest
{
    private static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    private static final String ACCEPTED = "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK";
    private static final String REJECTED = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK";

    @TempDir
    Path directory;

    @Test
    void warnsThatABinaryFileDoesNotLookLikeAFlowLog()
            throws IOException
    {
        Path binary = directory.resolve("capture.pcap");
        byte[] noise = new byte[256 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(binary, noise);
        Path flowLog = write("flows.log", HEADER + "\n" + ACCEPTED + "\n");
        Path traffic = directory.resolve("traffic.json");

        CommandRun run = CommandRun.of("flows", "--out", traffic.toString(), flowLog.toString(), binary.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).containsPattern("warning: " + binary + ": (\\d+) of \\1 records are malformed; it does not look like a VPC flow log")
                .doesNotContain("warning: " + flowLog + ":");
        assertThat(JsonDocuments.read(traffic, Traffic.class).edges()).hasSize(1);
    }

    @Test
    void exitsWithThreeUnderStrictWhenARecordIsMalformed()
            throws IOException
    {
        Path flowLog = write("flows.log", HEADER + "\n" + ACCEPTED + "\n\u0000\u0001 garbage line\n" + REJECTED + "\n");
        Path traffic = directory.resolve("traffic.json");

        CommandRun strict = CommandRun.of("flows", "--strict", "--out", traffic.toString(), flowLog.toString());
        CommandRun lenient = CommandRun.of("flows", "--out", traffic.toString(), flowLog.toString());

        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCodes.WARNINGS_WITH_STRICT);
        assertThat(strict.err()).contains("malformed record: " + flowLog + ":3: expected 14 fields, found 2")
                .doesNotContain("does not look like a VPC flow log");
        assertThat(lenient.exitCode()).as(lenient.err()).isEqualTo(ExitCodes.OK);
        assertThat(JsonDocuments.read(traffic, Traffic.class).edges()).hasSize(2);
    }

    @Test
    void printsTheSummaryAsJsonWithOutputJson()
            throws IOException
    {
        Path flowLog = write("flows.log", HEADER + "\n" + ACCEPTED + "\nbroken record\n");
        Path traffic = directory.resolve("traffic.json");

        CommandRun run = CommandRun.of("flows", "--output", "json", "--out", traffic.toString(), flowLog.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        var summary = JsonDocuments.mapper().readTree(run.out());
        assertThat(summary.at("/traffic/edges").asInt()).isEqualTo(1);
        assertThat(summary.at("/traffic/malformed").asLong()).isEqualTo(1);
        assertThat(summary.at("/acceptedBytes").asLong()).isEqualTo(4249);
        assertThat(summary.at("/sources/0/name").asText()).isEqualTo(flowLog.toString());
        assertThat(summary.at("/sources/0/records").asLong()).isEqualTo(2);
    }

    @Test
    void refusesADirectoryAsOutputBeforeReadingAnything()
            throws IOException
    {
        Path flowLog = write("flows.log", HEADER + "\n" + ACCEPTED + "\n");

        CommandRun run = CommandRun.of("flows", "--out", directory.toString(), flowLog.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains(directory.toString()).doesNotContain("Reading flow logs");
    }

    @Test
    void exitsWithZeroUnderStrictWhenEveryRecordReads()
            throws IOException
    {
        Path flowLog = write("flows.log", HEADER + "\n" + ACCEPTED + "\n" + REJECTED + "\n");

        CommandRun run = CommandRun.of("flows", "--strict", "--out", directory.resolve("traffic.json").toString(), flowLog.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void printsTheSummaryOnStandardOutputPerSourceNamed()
            throws IOException
    {
        Files.createDirectories(directory.resolve("logs/2014/12"));
        write("logs/2014/12/a.log", ACCEPTED + "\n");
        write("logs/2014/12/b.log", REJECTED + "\nbroken record\n");
        Path single = write("single.log", HEADER + "\n" + ACCEPTED + "\n");
        Path traffic = directory.resolve("traffic.json");
        Path logs = directory.resolve("logs");

        CommandRun run = CommandRun.of("flows", "--out", traffic.toString(), logs.toString(), single.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "Flow-log sources:",
                "  " + logs + ": 3 records read, 2 accepted, 1 malformed",
                "  " + single + ": 1 records read, 1 accepted, 0 malformed",
                "Records: 4 read, 3 accepted, 1 malformed",
                "Edges: 2, accepted bytes: 8498",
                "Written: " + traffic,
                ""));
        assertThat(run.err()).doesNotContain("Flow-log sources");
    }

    @Test
    void showsTheLogFormatExampleInTheHelp()
    {
        CommandRun run = CommandRun.of("flows", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("'${version} ${srcaddr} ${dstaddr} ...'").doesNotContain("null null");
        assertThat(run.out()).contains("--strict");
    }

    private Path write(String name, String text)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

package io.cloudmigrate.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** How each file read, so that a file that is no flow log stands out from one with a stray bad line. */
class FlowLogInputSummariesTest
{
    private static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    private static final String ACCEPTED = "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK";
    private static final String NO_DATA = "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA";

    @TempDir
    Path directory;

    @Test
    void countsTheRecordsOfEachFileInPathOrder()
            throws IOException
    {
        Path good = write("a.log", HEADER + "\n" + ACCEPTED + "\n" + NO_DATA + "\n\n" + ACCEPTED + "\nbroken record\n");
        Path binary = directory.resolve("b.png");
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(binary, noise);

        FlowLogReading reading = FlowLogReader.create().readWithInputSummaries(List.of(directory), Optional.empty());

        assertThat(reading.inputs()).extracting(FlowLogInputSummary::name).containsExactly(good.toString(), binary.toString());
        FlowLogInputSummary first = reading.inputs().getFirst();
        assertThat(first.records()).isEqualTo(4);
        assertThat(first.accepted()).isEqualTo(3);
        assertThat(first.malformed()).isEqualTo(1);
        assertThat(first.mostlyMalformed()).isFalse();
        FlowLogInputSummary second = reading.inputs().getLast();
        assertThat(second.records()).isPositive();
        assertThat(second.mostlyMalformed()).isTrue();
        assertThat(reading.traffic().records()).isEqualTo(first.records() + second.records());
        assertThat(reading.traffic().malformed()).isEqualTo(first.malformed() + second.malformed());
    }

    @Test
    void callsAFileMostlyMalformedOnlyWhenMoreThanHalfOfItsRecordsAre()
    {
        assertThat(new FlowLogInputSummary("half.log", 4, 2).mostlyMalformed()).isFalse();
        assertThat(new FlowLogInputSummary("most.log", 5, 3).mostlyMalformed()).isTrue();
        assertThat(new FlowLogInputSummary("empty.log", 0, 0).mostlyMalformed()).isFalse();
    }

    private Path write(String name, String text)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

package io.cloudmigrate.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file large enough to be cut into pieces must read exactly as it does on one thread: same edges,
 * same counts, the same line numbers for malformed lines, a header part-way through still governs the
 * lines after it, and stray lines that are no headers do not.
 */
class ParallelFlowLogReadingTest
{
    private static final int LINES = 400_000;

    @TempDir
    Path directory;

    @Test
    void readsALargeFileInPiecesAsOneThreadWould()
            throws IOException
    {
        Path file = directory.resolve("large.log");
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int line = 1; line <= LINES; line++) {
                if (line == LINES / 2) {
                    // From here on the field order changes: dstport comes before srcport.
                    writer.write("version account-id interface-id srcaddr dstaddr dstport srcport protocol packets bytes start end action log-status\n");
                    continue;
                }
                if (line % 50_000 == 0) {
                    writer.write("broken record 1 2\n");
                    continue;
                }
                if (line == LINES * 3 / 4 + 1 || line == LINES / 4 + 1) {
                    // Stray lines in later pieces: not headers, so the field order in force stays.
                    writer.write(line == LINES / 4 + 1 ? "\u0000\u0001 garbage line\n" : "version srcaddr dstaddr action\n");
                    continue;
                }
                int client = line % 97;
                int server = line % 13;
                int servicePort = line % 3 == 0 ? 5432 : 443;
                int ephemeral = 32_768 + line % 20_000;
                String ports = line < LINES / 2 ? ephemeral + " " + servicePort : servicePort + " " + ephemeral;
                writer.write("2 123456789010 eni-0a 10.0." + client + ".5 10.1." + server + ".9 " + ports + " 6 3 " + (line % 1000) + " "
                        + (1_700_000_000 + line) + " " + (1_700_000_060 + line) + (line % 11 == 0 ? " REJECT OK\n" : " ACCEPT OK\n"));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(32L << 20);

        Traffic sequential = FlowLogReader.create(FlowLogOptions.DEFAULT.withParallelism(1)).read(List.of(file));
        FlowLogReading reading = FlowLogReader.create(FlowLogOptions.DEFAULT.withParallelism(4)).readWithInputSummaries(List.of(file), Optional.empty());
        Traffic parallel = reading.traffic();

        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel.records()).isEqualTo(LINES - 1);
        assertThat(parallel.malformed()).isEqualTo(9);
        assertThat(reading.inputs()).containsExactly(new FlowLogInputSummary(file.toString(), LINES - 1, 9));
        assertThat(parallel.malformedSamples()).contains(file + ":100001: expected 14 fields, found 2",
                file + ":300001: expected 14 fields, found 4; nor is it a header: it lacks srcport, dstport, protocol, so the format in force stays");
        assertThat(parallel.malformedSamples()).first().isEqualTo(file + ":50000: expected 14 fields, found 4");
        assertThat(parallel.malformedSamples()).last().isEqualTo(file + ":400000: expected 14 fields, found 4");
        // Had the later pieces kept the first field order, their ports would be swapped and make edges to ephemeral ports.
        assertThat(parallel.edges()).extracting(TrafficEdge::port).containsOnly(443, 5432);
    }
}

package io.cloudmigrate.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Traffic only ever rejected from the internet is summed up per target, port and protocol, with the
 * number of distinct sources; everything else stays an edge of its own.
 */
class RejectedTrafficSummaryTest
{
    private static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";

    @TempDir
    Path directory;

    @Test
    void sumsUpScannersPerTargetAndPortCountingDistinctSources()
            throws IOException
    {
        Path file = write(
                record("203.0.113.7", "10.0.1.5", 51000, 22, 1, 40, 100, 101, "REJECT"),
                record("203.0.113.7", "10.0.1.5", 51001, 22, 1, 40, 300, 301, "REJECT"),
                record("198.51.100.9", "10.0.1.5", 52000, 22, 1, 40, 200, 250, "REJECT"),
                record("198.51.100.9", "10.0.1.5", 52000, 3389, 1, 40, 200, 250, "REJECT"));

        Traffic traffic = FlowLogReader.create().read(List.of(file));

        assertThat(traffic.schemaVersion()).isEqualTo(2);
        assertThat(traffic.edges()).isEmpty();
        assertThat(traffic.rejected()).containsExactly(
                new RejectedTraffic("10.0.1.5", 22, 6, 3, 2, 100, 301, null),
                new RejectedTraffic("10.0.1.5", 3389, 6, 1, 1, 200, 250, null));
    }

    @Test
    void keepsEdgesThatWereAcceptedOrComeFromPrivateAddresses()
            throws IOException
    {
        Path file = write(
                record("203.0.113.7", "10.0.1.5", 51000, 443, 10, 4000, 100, 160, "ACCEPT"),
                record("203.0.113.7", "10.0.1.5", 51001, 443, 1, 40, 300, 301, "REJECT"),
                record("10.0.2.8", "10.0.1.5", 52000, 5432, 1, 40, 200, 250, "REJECT"));

        Traffic traffic = FlowLogReader.create().read(List.of(file));

        assertThat(traffic.rejected()).isEmpty();
        assertThat(traffic.edges()).extracting(TrafficEdge::source, TrafficEdge::port, TrafficEdge::acceptedFlows, TrafficEdge::rejectedFlows)
                .containsExactly(tuple("10.0.2.8", 5432, 0L, 1L), tuple("203.0.113.7", 443, 1L, 1L));
    }

    @Test
    void keepsRejectedTrafficFromAPublicAddressTheAttributionGivesToSomeone()
            throws IOException
    {
        Path file = write(record("203.0.113.7", "10.0.1.5", 51000, 22, 1, 40, 100, 101, "REJECT"),
                record("198.51.100.9", "10.0.1.5", 51000, 22, 1, 40, 100, 101, "REJECT"));
        AddressAttribution attribution = address -> Optional.of(address.equals("203.0.113.7") ? "on-premises" : AddressAttribution.INTERNET);

        Traffic traffic = FlowLogReader.create().read(List.of(file), attribution);

        assertThat(traffic.edges()).extracting(TrafficEdge::source).containsExactly("203.0.113.7");
        assertThat(traffic.rejected()).singleElement().satisfies(summary -> {
            assertThat(summary.sources()).isEqualTo(1);
            assertThat(summary.targetResource()).isEqualTo(AddressAttribution.INTERNET);
        });
    }

    private static String record(String source, String target, int sourcePort, int targetPort, int packets, int bytes, long start, long end, String action)
    {
        return "2 123456789012 eni-1 " + source + " " + target + " " + sourcePort + " " + targetPort + " 6 " + packets + " " + bytes + " " + start + " " + end + " " + action + " OK";
    }

    private Path write(String... records)
            throws IOException
    {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(records));
        return Files.write(directory.resolve("flows.log"), lines);
    }
}

package io.cloudmigrate.graph.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeTableTest
{
    private static final long PAIR = EdgeTable.pair(0x0a000001, 0x0a000002);
    private static final int HTTPS = 443 | (6 << 16);

    @Test
    void countsPastThirtyTwoBitsWithoutWrappingAround()
    {
        EdgeTable table = new EdgeTable();
        table.add(PAIR, HTTPS, 3_000_000_000L, 0, 4_000_000_000L, 1L << 40, 100, 160);
        table.add(PAIR, HTTPS, 3_000_000_000L, 3_000_000_000L, 4_000_000_000L, 1L << 40, 50, 170);
        table.add(PAIR, HTTPS, 1, 3_000_000_000L, 1, 1, -1, -1);

        assertThat(edges(table)).containsExactly(List.of(PAIR, (long) HTTPS, 6_000_000_001L, 6_000_000_000L, 8_000_000_001L, (1L << 41) + 1, 50L, 170L));
    }

    @Test
    void keepsTimesBeyondThirtyTwoBits()
    {
        EdgeTable table = new EdgeTable();
        table.add(PAIR, HTTPS, 1, 0, 1, 1, 1L << 33, 1L << 34);
        table.add(PAIR, HTTPS, 1, 0, 1, 1, 1L << 32, (1L << 32) + 5);

        assertThat(edges(table)).containsExactly(List.of(PAIR, (long) HTTPS, 2L, 0L, 2L, 2L, 1L << 32, 1L << 34));
    }

    @Test
    void reportsTimesNeverSeen()
    {
        EdgeTable table = new EdgeTable();
        table.add(PAIR, HTTPS, 0, 1, 0, 0, -1, -1);

        assertThat(edges(table)).containsExactly(List.of(PAIR, (long) HTTPS, 0L, 1L, 0L, 0L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    @Test
    void mergesTablesAndGrowsPastItsFirstCapacity()
    {
        EdgeTable first = new EdgeTable();
        EdgeTable second = new EdgeTable();
        for (int host = 0; host < 10_000; host++) {
            first.add(EdgeTable.pair(host, 7), HTTPS, 1, 0, 2, 100, host, host + 60);
            second.add(EdgeTable.pair(host, 7), HTTPS, 0, 1, 0, 0, host - 1, host + 1);
        }
        second.add(EdgeTable.pair(second.ipv6Number("2001:db8:0:0:0:0:0:1"), 7), HTTPS | EdgeTable.SOURCE_IPV6, 1, 0, 1, 1, 5, 6);

        first.addAll(second);

        assertThat(first.size()).isEqualTo(10_001);
        List<List<Long>> edges = edges(first);
        assertThat(edges.get(0)).containsExactly(EdgeTable.pair(0, 7), (long) HTTPS, 1L, 1L, 2L, 100L, 0L, 60L);
        assertThat(edges.get(9_999)).containsExactly(EdgeTable.pair(9_999, 7), (long) HTTPS, 1L, 1L, 2L, 100L, 9_998L, 10_059L);
        assertThat(first.ipv6Address((int) (edges.get(10_000).get(0) >>> 32))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void mergesCountsAndTimesThatSpilledPastThirtyTwoBits()
    {
        EdgeTable first = new EdgeTable();
        EdgeTable second = new EdgeTable();
        first.add(PAIR, HTTPS, 3_000_000_000L, 0, 1, 1, 100, 200);
        second.add(PAIR, HTTPS, 3_000_000_000L, 0, 1, 1, 150, 160);
        second.add(PAIR, HTTPS, 3_000_000_000L, 5_000_000_000L, 5_000_000_000L, 1, 1L << 33, 1L << 34);
        second.add(EdgeTable.pair(1, 2), HTTPS, 1, 0, 1, 1, 7, 8);

        first.addAll(second);

        assertThat(edges(first)).containsExactly(
                List.of(PAIR, (long) HTTPS, 9_000_000_000L, 5_000_000_000L, 5_000_000_002L, 3L, 100L, 1L << 34),
                List.of(EdgeTable.pair(1, 2), (long) HTTPS, 1L, 0L, 1L, 1L, 7L, 8L));
    }

    private static List<List<Long>> edges(EdgeTable table)
    {
        List<List<Long>> edges = new ArrayList<>();
        table.forEach((pair, portProtocol, accepted, rejected, packets, bytes, firstSeen, lastSeen) ->
                edges.add(List.of(pair, (long) portProtocol, accepted, rejected, packets, bytes, firstSeen, lastSeen)));
        return edges;
    }
}

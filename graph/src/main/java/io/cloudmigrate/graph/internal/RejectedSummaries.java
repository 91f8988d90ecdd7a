package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.RejectedTraffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rejected traffic from the internet added up per target, port and protocol. The edge table holds one
 * edge per source, so each edge added is one distinct source.
 */
final class RejectedSummaries
{
    // Target address (or IPv6 number) in the high half; port, protocol and the target's IPv6 flag in the low half.
    private final Map<Long, long[]> totals = new TreeMap<>();

    /** Adds one edge; its times are {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE} when none was seen. */
    void add(int target, int portProtocol, long rejectedFlows, long firstSeen, long lastSeen)
    {
        long[] summary = totals.computeIfAbsent(((long) target << 32) | (portProtocol & 0xffff_ffffL),
                ignored -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
        summary[0] += rejectedFlows;
        summary[1]++;
        summary[2] = Math.min(summary[2], firstSeen);
        summary[3] = Math.max(summary[3], lastSeen);
    }

    /** Formats a target address of the table. */
    interface Addresses
    {
        String format(int address, boolean ipv6);
    }

    List<RejectedTraffic> summaries(Addresses addresses, Function<String, String> owner)
    {
        List<RejectedTraffic> result = new ArrayList<>(totals.size());
        totals.forEach((key, summary) -> {
            int portProtocol = (int) (long) key;
            String target = addresses.format((int) (key >>> 32), (portProtocol & EdgeTable.TARGET_IPV6) != 0);
            result.add(new RejectedTraffic(target, portProtocol & 0xffff, (portProtocol >>> 16) & 0xff, summary[0], summary[1],
                    summary[2] == Long.MAX_VALUE ? 0 : summary[2], summary[3] == Long.MIN_VALUE ? 0 : summary[3], owner.apply(target)));
        });
        return result;
    }
}

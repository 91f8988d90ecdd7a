package io.cloudmigrate.graph.internal;

import static java.util.Objects.requireNonNull;

/**
 * One parsed flow-log record that carries traffic (log status {@code OK}).
 *
 * @param sourceAddress a validated IP literal, as written in the log
 * @param protocol IANA protocol number
 * @param start start of the aggregation window in seconds since the epoch, or -1 when absent
 * @param end end of the aggregation window in seconds since the epoch, or -1 when absent
 */
public record FlowRecord(
        String sourceAddress,
        String destinationAddress,
        int sourcePort,
        int destinationPort,
        int protocol,
        long packets,
        long bytes,
        long start,
        long end,
        boolean accepted)
{
    public FlowRecord
    {
        requireNonNull(sourceAddress, "sourceAddress is null");
        requireNonNull(destinationAddress, "destinationAddress is null");
    }
}

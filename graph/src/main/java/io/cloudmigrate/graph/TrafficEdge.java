package io.cloudmigrate.graph;

import static java.util.Objects.requireNonNull;

/**
 * Aggregated flow-log traffic from one address to another on one destination port and protocol,
 * folded so that responses count toward the client → server edge.
 *
 * @param protocol IANA protocol number (6 = TCP, 17 = UDP, 1 = ICMP)
 * @param bytes accepted bytes in both directions of the connection
 * @param firstSeen earliest record start, seconds since the epoch
 * @param lastSeen latest record end, seconds since the epoch
 * @param sourceResource the resource id owning {@code source}, or a group such as {@code internet}; {@code null} if unattributed
 * @param targetResource likewise for {@code target}
 */
public record TrafficEdge(
        String source,
        String target,
        int port,
        int protocol,
        long acceptedFlows,
        long rejectedFlows,
        long packets,
        long bytes,
        long firstSeen,
        long lastSeen,
        String sourceResource,
        String targetResource)
{
    public TrafficEdge
    {
        requireNonNull(source, "source is null");
        requireNonNull(target, "target is null");
    }
}

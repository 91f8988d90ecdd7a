package io.cloudmigrate.graph;

import static java.util.Objects.requireNonNull;

/**
 * Traffic that was only ever rejected, from addresses on the internet, to one address on one port and
 * protocol: what internet scanners leave in the flow logs of an internet-facing estate. One summary per
 * target and port says how much was refused and from how many addresses, where one edge per scanner
 * would bury the estate's own traffic under tens of thousands of edges nobody reads one by one.
 *
 * @param protocol IANA protocol number
 * @param rejectedFlows rejected records, all sources together
 * @param sources distinct source addresses
 * @param firstSeen earliest record start, seconds since the epoch; 0 when no record had one
 * @param lastSeen latest record end, seconds since the epoch; 0 when no record had one
 * @param targetResource the resource id owning {@code target}; {@code null} if unattributed
 */
public record RejectedTraffic(String target, int port, int protocol, long rejectedFlows, long sources, long firstSeen, long lastSeen, String targetResource)
{
    public RejectedTraffic
    {
        requireNonNull(target, "target is null");
    }
}

package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Folds parsed records into edges keyed by (client address, server address, server port,
 * protocol) as they arrive. Responses add their packets and bytes to the edge of the request they
 * answer and do not count as flows of their own, since they are the same connection. Rejected
 * records count as rejected flows and add no volume. The edges reach output only through
 * {@link Traffic}, which sorts them, so the hash order of the working map never shows.
 */
public final class TrafficAggregator
        implements FlowLogSink
{
    private final int malformedSampleLimit;
    private final Map<EdgeKey, Totals> totals = new HashMap<>();
    private final List<String> malformedSamples = new ArrayList<>();
    private long records;
    private long malformed;

    public TrafficAggregator(int malformedSampleLimit)
    {
        this.malformedSampleLimit = malformedSampleLimit;
    }

    @Override
    public void record(FlowRecord record)
    {
        records++;
        boolean response = ServicePorts.isResponse(record.protocol(), record.sourcePort(), record.destinationPort());
        EdgeKey key = response
                ? new EdgeKey(record.destinationAddress(), record.sourceAddress(), record.sourcePort(), record.protocol())
                : new EdgeKey(record.sourceAddress(), record.destinationAddress(), record.destinationPort(), record.protocol());
        totals.computeIfAbsent(key, ignored -> new Totals()).add(record, response);
    }

    @Override
    public void skipped()
    {
        records++;
    }

    @Override
    public void malformed(String inputName, long line, String reason)
    {
        records++;
        malformed++;
        if (malformedSamples.size() < malformedSampleLimit) {
            malformedSamples.add(inputName + ":" + line + ": " + reason);
        }
    }

    /** The aggregate so far; {@code attribution} may be empty to leave the resources unset. */
    public Traffic toTraffic(Optional<AddressAttribution> attribution)
    {
        requireNonNull(attribution, "attribution is null");
        List<TrafficEdge> edges = new ArrayList<>(totals.size());
        totals.forEach((key, value) -> edges.add(new TrafficEdge(
                key.source(),
                key.target(),
                key.port(),
                key.protocol(),
                value.acceptedFlows,
                value.rejectedFlows,
                value.packets,
                value.bytes,
                value.firstSeen == Long.MAX_VALUE ? 0 : value.firstSeen,
                value.lastSeen == Long.MIN_VALUE ? 0 : value.lastSeen,
                attribution.flatMap(owners -> owners.owner(key.source())).orElse(null),
                attribution.flatMap(owners -> owners.owner(key.target())).orElse(null))));
        return new Traffic(Traffic.SCHEMA_VERSION, records, malformed, malformedSamples, edges);
    }

    private record EdgeKey(String source, String target, int port, int protocol) {}

    private static final class Totals
    {
        private long acceptedFlows;
        private long rejectedFlows;
        private long packets;
        private long bytes;
        private long firstSeen = Long.MAX_VALUE;
        private long lastSeen = Long.MIN_VALUE;

        void add(FlowRecord record, boolean response)
        {
            if (record.accepted()) {
                packets += record.packets();
                bytes += record.bytes();
                if (!response) {
                    acceptedFlows++;
                }
            }
            else if (!response) {
                rejectedFlows++;
            }
            if (record.start() >= 0) {
                firstSeen = Math.min(firstSeen, record.start());
            }
            if (record.end() >= 0) {
                lastSeen = Math.max(lastSeen, record.end());
            }
        }
    }
}

package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogInputSummary;
import io.cloudmigrate.graph.RejectedTraffic;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Merges the results of the pieces of all inputs, in input order, into one {@link Traffic}. Edges
 * reach output only through {@link Traffic}, which sorts them, so the hash order of the tables never
 * shows; malformed samples keep the order of inputs and lines.
 */
public final class TrafficAggregator
{
    private final int malformedSampleLimit;
    private final EdgeTable edges = new EdgeTable();
    private final List<String> malformedSamples = new ArrayList<>();
    private final Map<String, String> awsServices = new TreeMap<>();
    private final List<FlowLogInputSummary> inputSummaries = new ArrayList<>();
    private int lastInput = -1;
    private long records;
    private long malformed;

    public TrafficAggregator(int malformedSampleLimit)
    {
        this.malformedSampleLimit = malformedSampleLimit;
    }

    /**
     * Adds one piece whose first line is line {@code lineOffset + 1} of input {@code inputName}, the
     * {@code input}th; the pieces of one input come one after another.
     */
    void add(int input, String inputName, long lineOffset, ChunkResult result)
    {
        records += result.records;
        malformed += result.malformed;
        if (input == lastInput) {
            FlowLogInputSummary summary = inputSummaries.removeLast();
            inputSummaries.add(new FlowLogInputSummary(inputName, summary.records() + result.records, summary.malformed() + result.malformed));
        }
        else {
            inputSummaries.add(new FlowLogInputSummary(inputName, result.records, result.malformed));
            lastInput = input;
        }
        for (ChunkResult.Malformed sample : result.malformedSamples) {
            if (malformedSamples.size() < malformedSampleLimit) {
                malformedSamples.add(inputName + ":" + (lineOffset + sample.line()) + ": " + sample.reason());
            }
        }
        edges.addAll(result.edges);
        result.awsServices.forEach(awsServices::putIfAbsent);
    }

    /** How each input read, in the order they were added. */
    List<FlowLogInputSummary> inputSummaries()
    {
        return List.copyOf(inputSummaries);
    }

    /**
     * The aggregate; {@code attribution} may be empty to leave the resources unset. An address outside
     * the estate that a record named as an AWS service ({@code pkt-src-aws-service},
     * {@code pkt-dst-aws-service}) is attributed to {@code aws:SERVICE}, e.g. {@code aws:S3}. An edge that
     * was only ever rejected and comes from the internet (a public address that the attribution, when
     * there is one, gives to no one but {@value AddressAttribution#INTERNET}) goes into the summary of its
     * target, port and protocol instead, where it counts as one source.
     */
    public Traffic toTraffic(Optional<AddressAttribution> attribution)
    {
        requireNonNull(attribution, "attribution is null");
        List<TrafficEdge> result = new ArrayList<>(edges.size());
        RejectedSummaries rejected = new RejectedSummaries();
        edges.forEach((addressPair, portProtocol, acceptedFlows, rejectedFlows, packets, bytes, firstSeen, lastSeen) -> {
            boolean sourceIpv6 = (portProtocol & EdgeTable.SOURCE_IPV6) != 0;
            String source = address((int) (addressPair >>> 32), sourceIpv6);
            if (acceptedFlows == 0 && packets == 0 && bytes == 0 && rejectedFlows > 0 && fromInternet(source, attribution)) {
                rejected.add((int) addressPair, portProtocol & ~EdgeTable.SOURCE_IPV6, rejectedFlows, firstSeen, lastSeen);
                return;
            }
            String target = address((int) addressPair, (portProtocol & EdgeTable.TARGET_IPV6) != 0);
            result.add(new TrafficEdge(source, target, portProtocol & 0xffff, (portProtocol >>> 16) & 0xff,
                    acceptedFlows, rejectedFlows, packets, bytes, firstSeen == Long.MAX_VALUE ? 0 : firstSeen, lastSeen == Long.MIN_VALUE ? 0 : lastSeen,
                    attribution.flatMap(owners -> owner(owners, source)).orElse(null),
                    attribution.flatMap(owners -> owner(owners, target)).orElse(null)));
        });
        List<RejectedTraffic> summaries = rejected.summaries((target, ipv6) -> address(target, ipv6),
                target -> attribution.flatMap(owners -> owner(owners, target)).orElse(null));
        return new Traffic(Traffic.SCHEMA_VERSION, records, malformed, malformedSamples, result, summaries);
    }

    private boolean fromInternet(String source, Optional<AddressAttribution> attribution)
    {
        if (IpAddresses.scope(IpAddresses.parse(source)) != IpAddresses.Scope.PUBLIC) {
            return false;
        }
        return attribution.flatMap(owners -> owner(owners, source)).map(AddressAttribution.INTERNET::equals).orElse(true);
    }

    private Optional<String> owner(AddressAttribution attribution, String address)
    {
        Optional<String> owner = attribution.owner(address);
        String service = awsServices.get(address);
        if (service != null && owner.isPresent() && InventoryAttribution.inferredFromScope(owner.get())) {
            return Optional.of(AddressAttribution.AWS_SERVICE_PREFIX + service);
        }
        return owner;
    }

    private String address(int value, boolean ipv6)
    {
        return ipv6 ? edges.ipv6Address(value) : ByteFields.formatIpv4(value);
    }
}

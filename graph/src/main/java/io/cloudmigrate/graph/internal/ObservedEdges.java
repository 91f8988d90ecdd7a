package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.util.Optional;

/**
 * Observed edges: accepted flow-log traffic, client → server, between two workload resources or
 * between a workload resource and a group of addresses outside the estate (the internet, on-premises
 * blocks, private addresses no resource holds, AWS services). The outside end is what a resource
 * needs reachable after it moves, and what its traffic costs. Traffic with the network itself (NAT
 * gateways, endpoints), between two outside ends, or that was only ever rejected (an attempt, not a
 * dependency) makes no edge.
 */
public final class ObservedEdges
{
    private ObservedEdges() {}

    public static void collect(Traffic traffic, AddressAttribution attribution, Workloads workloads, EdgeCollector edges)
    {
        for (TrafficEdge edge : traffic.edges()) {
            if (edge.acceptedFlows() == 0 && edge.bytes() == 0) {
                continue;
            }
            Optional<String> source = end(attribution.owner(edge.source()), edge.sourceResource(), workloads);
            Optional<String> target = end(attribution.owner(edge.target()), edge.targetResource(), workloads);
            if (source.isPresent() && target.isPresent() && (workloads.contains(source.get()) || workloads.contains(target.get()))) {
                String protocol = Protocols.name(edge.protocol());
                int port = Protocols.hasPorts(protocol) ? edge.port() : -1;
                edges.add(source.get(), target.get(), EdgeKind.OBSERVED, port, protocol, edge.acceptedFlows(), edge.bytes(), null);
            }
        }
    }

    /**
     * A workload, an outside group, or nothing (the network itself, a special-purpose address). The
     * analysis attributes against its own inventory, but the traffic document's attribution may know
     * more about an address outside it: an AWS service that only the flow-log record named
     * ({@code pkt-dst-aws-service}), or an on-premises block given to {@code flows}.
     */
    private static Optional<String> end(Optional<String> owner, String recorded, Workloads workloads)
    {
        if (owner.isEmpty()) {
            return owner;
        }
        if (workloads.contains(owner.get())) {
            return owner;
        }
        if (!AddressAttribution.outsideEstate(owner.get())) {
            return Optional.empty();
        }
        boolean recordedBetter = recorded != null
                && (recorded.startsWith(AddressAttribution.AWS_SERVICE_PREFIX) || recorded.equals(AddressAttribution.ON_PREMISES));
        return recordedBetter && InventoryAttribution.inferredFromScope(owner.get()) ? Optional.of(recorded) : owner;
    }
}

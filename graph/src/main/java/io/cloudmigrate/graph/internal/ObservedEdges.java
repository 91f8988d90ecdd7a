package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.util.Optional;

/**
 * Observed edges: accepted flow-log traffic between two workload resources, client → server.
 * Traffic with the internet, with unattributed addresses or with the network itself (NAT gateways,
 * endpoints) is no dependency between things that move, and traffic that was only ever rejected
 * shows an attempt, not a dependency.
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
            Optional<String> source = attribution.owner(edge.source()).filter(workloads::contains);
            Optional<String> target = attribution.owner(edge.target()).filter(workloads::contains);
            if (source.isPresent() && target.isPresent()) {
                String protocol = Protocols.name(edge.protocol());
                int port = Protocols.hasPorts(protocol) ? edge.port() : -1;
                edges.add(source.get(), target.get(), EdgeKind.OBSERVED, port, protocol, edge.acceptedFlows(), edge.bytes(), null);
            }
        }
    }
}

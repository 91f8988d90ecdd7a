package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.DefaultDependencyAnalyzer;

import static java.util.Objects.requireNonNull;

/**
 * Works out what depends on what in an estate, which resources must move together, and in which
 * wave each moves.
 *
 * <p>The nodes are the workload resources: every resource except VPCs, subnets, NAT gateways and
 * VPC endpoints, which are the network every wave needs rather than something that moves. The edges
 * say "source depends on target" and are of three kinds (see {@link EdgeKind}): observed in flow
 * logs, allowed by security groups, and configured (load balancer to targets, API to Lambda, read
 * replica to primary). There is one edge per (source, target, kind, port, protocol) and never an
 * edge from a resource to itself. The analysis stores the observed and configured edges; what security
 * groups allow it keeps as {@link GraphAnalysis#reachability() group reachability}, from which
 * {@link AllowedPairs} derives the allowed edges where they are needed.
 *
 * <p>Move groups and waves rest on the observed and configured edges only: an allowed edge says a
 * connection is possible, not that anything uses it, and security groups are routinely broader than
 * the traffic they admit, so counting them would glue unrelated resources into one group.
 *
 * <p>Observed edges may also have one end outside the estate: {@link AddressAttribution#INTERNET},
 * {@link AddressAttribution#ON_PREMISES}, {@link AddressAttribution#UNATTRIBUTED_PRIVATE} or
 * {@code aws:SERVICE} (see {@link AddressAttribution#outsideEstate}). Those ends are not nodes, and
 * take no part in move groups, waves or the allowed-versus-observed comparison; they say what a
 * resource must still reach after it moves and what its traffic costs.
 */
public interface DependencyAnalyzer
{
    /** The analyzer with the {@link WavePlanner#condensation() condensation} wave planner. */
    static DependencyAnalyzer create()
    {
        return create(WavePlanner.condensation());
    }

    static DependencyAnalyzer create(WavePlanner wavePlanner)
    {
        return new DefaultDependencyAnalyzer(requireNonNull(wavePlanner, "wavePlanner is null"));
    }

    /**
     * Analyses an estate. Addresses in {@code traffic} are attributed against {@code inventory}
     * (whatever attribution the traffic document carries), so traffic aggregated elsewhere works the
     * same. The result is a function of the inputs alone: the same inputs give an equal result.
     */
    default GraphAnalysis analyze(Inventory inventory, Traffic traffic)
    {
        return analyze(inventory, traffic, AddressAttribution.of(inventory));
    }

    /**
     * Analyses an estate, attributing the addresses in {@code traffic} with {@code attribution}
     * (built over {@code inventory}, e.g. with the estate's on-premises blocks).
     */
    GraphAnalysis analyze(Inventory inventory, Traffic traffic, AddressAttribution attribution);
}

package io.cloudmigrate.scoring;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MoveGroup;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Who depends on whom, read from a {@link GraphAnalysis}: only edges that show a real dependency count
 * (observed in flow logs or declared in configuration); edges merely allowed by security groups do not.
 * Self-loops are left out. So are edges with the internet, which is no dependency of anything that
 * moves (clients on it are read as {@link #reachedFromInternet exposure}), and edges with an AWS
 * service ({@code aws:S3}), which is there wherever the resource moves. Other ends outside the
 * estate do count: on-premises systems and private addresses no scanned resource holds are upstream
 * or downstream systems that must still reach, or be reached, after the move.
 */
public final class DependencyIndex
{
    /** The name the graph stage gives to addresses outside AWS. */
    public static final String INTERNET = AddressAttribution.INTERNET;

    private final Map<String, SortedSet<String>> dependents = new TreeMap<>();
    private final Map<String, SortedSet<String>> dependencies = new TreeMap<>();
    private final Map<String, MoveGroup> moveGroups = new TreeMap<>();
    private final SortedSet<String> reachedFromInternet = new TreeSet<>();

    private DependencyIndex(GraphAnalysis graph)
    {
        for (DependencyEdge edge : graph.edges()) {
            if (!edge.kind().ordersMigration() || edge.source().equals(edge.target())) {
                continue;
            }
            if (isInternet(edge.source())) {
                reachedFromInternet.add(edge.target());
                continue;
            }
            if (isInternet(edge.target()) || isAwsService(edge.source()) || isAwsService(edge.target())) {
                continue;
            }
            dependents.computeIfAbsent(edge.target(), key -> new TreeSet<>()).add(edge.source());
            dependencies.computeIfAbsent(edge.source(), key -> new TreeSet<>()).add(edge.target());
        }
        graph.moveGroups().forEach(group -> group.resourceIds().forEach(id -> moveGroups.putIfAbsent(id, group)));
    }

    public static DependencyIndex of(GraphAnalysis graph)
    {
        return new DependencyIndex(requireNonNull(graph, "graph is null"));
    }

    /** Whether an edge end is the internet rather than a resource. */
    public static boolean isInternet(String endpoint)
    {
        return INTERNET.equalsIgnoreCase(endpoint);
    }

    private static boolean isAwsService(String endpoint)
    {
        return endpoint.startsWith(AddressAttribution.AWS_SERVICE_PREFIX);
    }

    /** The distinct resources that depend on this one (its inbound dependencies), sorted. */
    public SortedSet<String> dependents(String resourceId)
    {
        return Collections.unmodifiableSortedSet(dependents.getOrDefault(resourceId, Collections.emptySortedSet()));
    }

    /** The distinct resources this one depends on (its outbound dependencies), sorted. */
    public SortedSet<String> dependencies(String resourceId)
    {
        return Collections.unmodifiableSortedSet(dependencies.getOrDefault(resourceId, Collections.emptySortedSet()));
    }

    /** The cycle the resource belongs to, if any. */
    public Optional<MoveGroup> moveGroupOf(String resourceId)
    {
        return Optional.ofNullable(moveGroups.get(resourceId));
    }

    /** Whether flow logs or configuration show clients on the internet reaching the resource. */
    public boolean reachedFromInternet(String resourceId)
    {
        return reachedFromInternet.contains(resourceId);
    }
}

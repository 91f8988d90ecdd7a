package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.scoring.Strategy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Which part of an assessment's dependency graph a request shows; an empty field does not filter.
 * The node fields select nodes; an edge is shown when one of its ends is a selected node (for a page of
 * edges) or both are (for a Cytoscape document, whose edges must join drawn nodes), and its kind matches.
 *
 * @param strategy the effective strategy: the override's where one exists
 */
public record GraphFilter(
        Optional<String> vpcId,
        Optional<String> subnetId,
        Optional<Integer> wave,
        Optional<Strategy> strategy,
        Optional<EdgeKind> kind)
{
    public static final GraphFilter NONE = new GraphFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public GraphFilter
    {
        requireNonNull(vpcId, "vpcId is null");
        requireNonNull(subnetId, "subnetId is null");
        requireNonNull(wave, "wave is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(kind, "kind is null");
    }

    /** Whether any node field filters. */
    boolean selectsNodes()
    {
        return vpcId.isPresent() || subnetId.isPresent() || wave.isPresent() || strategy.isPresent();
    }
}

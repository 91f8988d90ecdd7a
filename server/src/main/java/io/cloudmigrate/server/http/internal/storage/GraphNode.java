package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.scoring.Strategy;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A node of the dependency graph: a resource of the estate, or an end outside it ({@code internet},
 * an on-premises block …), which has no type, placement, wave or strategy.
 *
 * @param label the resource's name, or its id where it has none
 * @param type the resource type, {@code null} for an end outside the estate
 * @param wave {@code null} for a node in no wave
 * @param moveGroup {@code null} for a node in no move group
 * @param strategy the effective strategy (the override's where one exists); {@code null} where none was recommended, and for a box
 * @param count how many resources a box of a collapsed view (a VPC, subnet, application or resource type) holds, a cluster's
 *         members included; {@code null} for a node that is one resource (a cluster with its members) or an end outside the estate
 */
public record GraphNode(
        String id,
        String label,
        String type,
        String accountId,
        String region,
        String vpcId,
        List<String> subnetIds,
        Integer wave,
        String moveGroup,
        Strategy strategy,
        Integer count)
{
    public GraphNode
    {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        subnetIds = List.copyOf(subnetIds);
        if (count != null && count < 1) {
            throw new IllegalArgumentException("a box holds at least one resource, not " + count);
        }
    }
}

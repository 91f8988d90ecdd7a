package io.cloudmigrate.graph;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Resources that depend on each other in a cycle (one strongly connected component of more than one
 * resource): they must move together, in the same wave. A DB cluster or replication group and its
 * members count as one resource here: they move as one, but membership is no mutual dependency, so
 * a cluster alone is no move group, and a cycle through one of its members holds the whole cluster.
 *
 * @param id stable, e.g. {@code group-1}, numbered in order of the smallest member id
 * @param resourceIds sorted
 */
public record MoveGroup(String id, List<String> resourceIds)
{
    public MoveGroup
    {
        requireNonNull(id, "id is null");
        resourceIds = requireNonNull(resourceIds, "resourceIds is null").stream().sorted().toList();
    }
}

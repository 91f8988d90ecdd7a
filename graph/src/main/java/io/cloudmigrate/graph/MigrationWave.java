package io.cloudmigrate.graph;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One migration wave. Wave 1 holds what depends on nothing else in the estate; every later wave
 * depends only on earlier waves (or on itself, inside a {@link MoveGroup}).
 *
 * @param number 1-based
 * @param resourceIds sorted
 */
public record MigrationWave(int number, List<String> resourceIds)
{
    public MigrationWave
    {
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1");
        }
        resourceIds = requireNonNull(resourceIds, "resourceIds is null").stream().sorted().toList();
    }
}

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.MigrationWave;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The waves as the runbook index lists them: in order, with the earlier waves each depends on (by the
 * observed and configured edges that placed it), the owners its members' tags name, and its runbooks.
 */
public final class RunbookIndex
{
    /** The tag keys that name an owner, in order of preference; case does not matter. */
    static final List<String> OWNER_TAGS = List.of("owner", "team");

    /**
     * One wave of the index.
     *
     * @param dependsOn the earlier waves its members depend on, as labels, or {@code none}
     * @param owners the owners named by its members' tags, or {@code unknown} when no member has such a tag
     * @param untagged how many members name no owner
     */
    public record Wave(String label, int resources, String dependsOn, String owners, int untagged, List<String> runbooks)
    {
        public Wave
        {
            requireNonNull(label, "label is null");
            runbooks = List.copyOf(runbooks);
        }
    }

    private RunbookIndex() {}

    static Wave of(EstateIndex index, MigrationWave wave, List<String> runbookFiles)
    {
        SortedSet<Integer> earlier = new TreeSet<>();
        SortedSet<String> owners = new TreeSet<>();
        int untagged = 0;
        for (String id : wave.resourceIds()) {
            for (DependencyEdge edge : index.edgesFrom(id)) {
                OptionalInt other = index.wave(edge.target());
                if (edge.kind().ordersMigration() && other.isPresent() && other.getAsInt() < wave.number()) {
                    earlier.add(other.getAsInt());
                }
            }
            String owner = index.hasResource(id) ? owner(index.resource(id)) : null;
            if (owner == null) {
                untagged++;
            }
            else {
                owners.add(owner);
            }
        }
        List<String> labels = new ArrayList<>();
        earlier.forEach(number -> labels.add(Labels.wave(number)));
        return new Wave(Labels.wave(wave.number()), wave.resourceIds().size(), labels.isEmpty() ? "none" : String.join(", ", labels),
                owners.isEmpty() ? MarkdownText.UNKNOWN : String.join(", ", owners), untagged, runbookFiles);
    }

    private static String owner(Resource resource)
    {
        for (String key : OWNER_TAGS) {
            String value = resource.tag(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}

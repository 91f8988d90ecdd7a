package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tags a target carries: the source's tags (without the {@code aws:} prefix, which AWS reserves),
 * a {@code Name}, and where it came from.
 */
public final class TagSets
{
    public static final String SOURCE_KEY = "cloudmigrate:source";
    public static final String WAVE_KEY = "cloudmigrate:wave";
    /** The source id of a security group, by which later waves look up the group an earlier wave created. */
    public static final String SOURCE_ID_KEY = "cloudmigrate:source-id";

    private TagSets() {}

    public static Targets.TagSet of(Resource resource, int wave)
    {
        return of(resource.tags(), resource.name(), resource.id(), wave);
    }

    /** A security group's tags, with its source id as {@link #SOURCE_ID_KEY} for the lookups of later waves. */
    public static Targets.TagSet ofSecurityGroup(Map<String, String> sourceTags, String name, String groupId, int wave)
    {
        return of(sourceTags, name, groupId, wave, Map.of(SOURCE_ID_KEY, groupId));
    }

    public static Targets.TagSet of(Map<String, String> sourceTags, String name, String sourceId, int wave)
    {
        return of(sourceTags, name, sourceId, wave, Map.of());
    }

    private static Targets.TagSet of(Map<String, String> sourceTags, String name, String sourceId, int wave, Map<String, String> migrationTags)
    {
        SortedMap<String, String> tags = new TreeMap<>();
        sourceTags.forEach((key, value) -> {
            if (!key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                tags.put(key, value);
            }
        });
        if (tags.keySet().stream().noneMatch(key -> key.equalsIgnoreCase("Name"))) {
            tags.put("Name", name);
        }
        tags.put(SOURCE_KEY, sourceId);
        tags.put(WAVE_KEY, Integer.toString(wave));
        tags.putAll(migrationTags);
        List<Targets.Tag> entries = tags.entrySet().stream().map(entry -> new Targets.Tag(entry.getKey(), entry.getValue())).toList();
        int width = entries.stream().mapToInt(tag -> HclStrings.quote(tag.key()).length()).max().orElse(0);
        return new Targets.TagSet(entries, width);
    }
}

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

    private TagSets() {}

    public static Targets.TagSet of(Resource resource, int wave)
    {
        return of(resource.tags(), resource.name(), resource.id(), wave);
    }

    public static Targets.TagSet of(Map<String, String> sourceTags, String name, String sourceId, int wave)
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
        List<Targets.Tag> entries = tags.entrySet().stream().map(entry -> new Targets.Tag(entry.getKey(), entry.getValue())).toList();
        int width = entries.stream().mapToInt(tag -> HclStrings.quote(tag.key()).length()).max().orElse(0);
        return new Targets.TagSet(entries, width);
    }
}

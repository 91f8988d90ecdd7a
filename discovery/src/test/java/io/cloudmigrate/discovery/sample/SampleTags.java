package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagging convention of Northwind Traders, and the ways real estates stray from it.
 */
final class SampleTags
{
    /** A tag value that needs escaping in JSON, HCL ({@code ${}}, {@code %{}}) and HTML. */
    static final String AWKWARD_DESCRIPTION = "He said \"hi\" ${var.x} %{ if } <b>&amp;</b> \\ 'quoted'";

    private SampleTags() {}

    /**
     * {@code Name}, {@code Environment}, {@code Owner}, {@code Application} and {@code CostCenter};
     * a {@code null} owner leaves the {@code Owner} tag out, as on resources nobody claimed.
     */
    static List<Tag> standard(String name, String environment, String owner, String application, String costCenter)
    {
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag("Name", name));
        tags.add(new Tag("Environment", environment));
        if (owner != null) {
            tags.add(new Tag("Owner", owner));
        }
        tags.add(new Tag("Application", application));
        tags.add(new Tag("CostCenter", costCenter));
        return List.copyOf(tags);
    }

    /**
     * The standard tags without {@code Name}, for resources whose own name is their name (Lambda
     * functions, caches, ECS, load balancers, buckets, APIs), where teams rarely add one.
     */
    static List<Tag> unnamed(String environment, String owner, String application, String costCenter)
    {
        return standard("", environment, owner, application, costCenter).stream().filter(tag -> !tag.key().equals("Name")).toList();
    }

    static List<Tag> name(String name)
    {
        return List.of(new Tag("Name", name));
    }

    /** The tags with one more appended. */
    static List<Tag> with(List<Tag> tags, String key, String value)
    {
        List<Tag> extended = new ArrayList<>(tags);
        extended.add(new Tag(key, value));
        return List.copyOf(extended);
    }
}

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Divides a wave's members into the runbooks people execute: one per application, by the {@code app}
 * or {@code application} tag that the recommender reads too, and one for the wave itself holding the
 * members without such a tag (and listing the applications' runbooks). A wave of 1,000 instances of
 * twenty applications is then twenty runbooks that twenty teams follow, each with its own sign-off.
 */
final class RunbookGroups
{
    /** The tag keys that name a resource's application, in order of preference; case does not matter. */
    static final List<String> APPLICATION_TAGS = List.of("app", "application");
    // The same values the recommender treats as "no tag".
    private static final Set<String> NOT_SET = Set.of("", "false", "no", "none", "0", "off");
    private static final int FILE_NAME_LIMIT = 60;

    /**
     * The members of one runbook.
     *
     * @param application the application, or empty for the wave's own runbook
     * @param file the file name without extension: {@code wave-01}, {@code wave-01-orders}
     * @param members in execution order
     */
    record Group(Optional<String> application, String file, List<Resource> members)
    {
        Group
        {
            requireNonNull(application, "application is null");
            requireNonNull(file, "file is null");
            members = List.copyOf(members);
        }
    }

    private RunbookGroups() {}

    /** The wave's runbook first (always, even when every member has an application), then the applications by name. */
    static List<Group> of(String waveLabel, List<Resource> members)
    {
        List<Resource> untagged = new ArrayList<>();
        Map<String, List<Resource>> byApplication = new TreeMap<>();
        for (Resource member : members) {
            application(member).ifPresentOrElse(
                    application -> byApplication.computeIfAbsent(application, ignored -> new ArrayList<>()).add(member),
                    () -> untagged.add(member));
        }
        String waveFile = "wave-" + waveLabel;
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(Optional.empty(), waveFile, untagged));
        Set<String> files = new HashSet<>();
        for (Map.Entry<String, List<Resource>> application : byApplication.entrySet()) {
            // two names can give one slug ("Orders" and "orders!"): the later one, by name, gets a number
            String base = waveFile + "-" + slug(application.getKey());
            String file = base;
            for (int suffix = 2; !files.add(file); suffix++) {
                file = base + "-" + suffix;
            }
            groups.add(new Group(Optional.of(application.getKey()), file, application.getValue()));
        }
        return List.copyOf(groups);
    }

    /** The resource's application tag value, stripped, unless it is blank or says "none". */
    static Optional<String> application(Resource resource)
    {
        for (String key : APPLICATION_TAGS) {
            String value = resource.tag(key);
            if (value != null && !NOT_SET.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    /** Lower-case ASCII letters and digits, other runs as one hyphen: a file name every system and URL takes. */
    static String slug(String application)
    {
        StringBuilder slug = new StringBuilder();
        for (char character : application.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean kept = character >= 'a' && character <= 'z' || character >= '0' && character <= '9';
            if (kept) {
                slug.append(character);
            }
            else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
            if (slug.length() >= FILE_NAME_LIMIT) {
                break;
            }
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.isEmpty() ? "application" : slug.toString();
    }
}

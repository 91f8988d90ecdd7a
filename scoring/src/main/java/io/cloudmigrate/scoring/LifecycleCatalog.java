package io.cloudmigrate.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * End-of-life dates of operating systems, database and cache engines, Lambda runtimes and a few
 * applications (docs/7R-RULES.md, "Lifecycle table"). The bundled table
 * ({@code io/cloudmigrate/scoring/lifecycle.json}) takes its dates from the vendors' pages, as collected
 * by endoflife.date (products/*.md at a70eca3, snapshot 2026-08-22); each entry names its vendor page
 * ({@link LifecycleEntry#sourceUrl()}): learn.microsoft.com/lifecycle, access.redhat.com/support/policy/updates/errata,
 * ubuntu.com/about/release-cycle, aws.amazon.com/amazon-linux-2/faqs, the RDS PostgreSQL release calendar,
 * the RDS MySQL version-management page, the ElastiCache engine-versions page and the Lambda runtimes page.
 *
 * <p>A resource is matched through subjects: {@code os:<name> <version>} and {@code software:<application>}
 * for EC2 instances, {@code rds:<engine> <version>} for DB instances and clusters, {@code elasticache:<engine> <version>} for
 * cache clusters and replication groups, and
 * {@code lambda:<runtime>}. The first entry whose pattern is found in a subject wins.
 */
public final class LifecycleCatalog
{
    /** The horizon H within which an ending support date already forces a change (docs/7R-RULES.md, "Conventions"; judgement). */
    public static final Period HORIZON_DEFAULT = Period.ofMonths(12);

    private static final String RESOURCE = "lifecycle.json";

    private final List<LifecycleEntry> entries;
    private final List<List<Pattern>> patterns;
    /** Subjects already looked up: an estate repeats a few dozen OS, engine and software strings, and the case-insensitive patterns dominated assessing 50,000 resources. */
    private final java.util.concurrent.ConcurrentMap<String, Optional<LifecycleEntry>> found = new java.util.concurrent.ConcurrentHashMap<>();

    private LifecycleCatalog(List<LifecycleEntry> entries)
    {
        this.entries = List.copyOf(requireNonNull(entries, "entries is null"));
        this.patterns = this.entries.stream()
                .map(entry -> entry.patterns().stream().map(pattern -> Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)).toList())
                .toList();
    }

    /** A catalog of the given entries, matched in list order. */
    public static LifecycleCatalog of(List<LifecycleEntry> entries)
    {
        return new LifecycleCatalog(entries);
    }

    /** The table bundled with CloudMigrate. */
    public static LifecycleCatalog bundled()
    {
        return Bundled.CATALOG;
    }

    public List<LifecycleEntry> entries()
    {
        return entries;
    }

    /** The first entry with a pattern found in {@code subject}, e.g. {@code rds:postgres 12.15}. */
    public Optional<LifecycleEntry> find(String subject)
    {
        requireNonNull(subject, "subject is null");
        return found.computeIfAbsent(subject, this::search);
    }

    private Optional<LifecycleEntry> search(String subject)
    {
        for (int index = 0; index < entries.size(); index++) {
            if (patterns.get(index).stream().anyMatch(pattern -> pattern.matcher(subject).find())) {
                return Optional.of(entries.get(index));
            }
        }
        return Optional.empty();
    }

    /**
     * The entries that apply to a resource, in a stable order: the operating system, then installed
     * applications in inventory order, then the engine or runtime.
     */
    public List<LifecycleMatch> matches(Resource resource)
    {
        requireNonNull(resource, "resource is null");
        List<LifecycleMatch> matches = new ArrayList<>();
        for (Subject subject : subjects(resource)) {
            find(subject.prefix() + subject.observed()).ifPresent(entry -> matches.add(new LifecycleMatch(entry, subject.observed())));
        }
        return List.copyOf(matches);
    }

    /**
     * The engine with its version, or the Lambda runtime, that a resource reports but this table does
     * not list, e.g. {@code aurora-postgresql 18.1}: its lifecycle status is unknown, which is not the
     * same as supported. Empty when the table lists it, or when the resource reports no version at all.
     */
    public Optional<String> unlisted(Resource resource)
    {
        requireNonNull(resource, "resource is null");
        return subjects(resource).stream()
                .filter(subject -> !subject.prefix().equals("os:") && !subject.prefix().equals("software:"))
                .filter(subject -> find(subject.prefix() + subject.observed()).isEmpty())
                .map(Subject::observed)
                .findFirst();
    }

    private record Subject(String prefix, String observed) {}

    private static List<Subject> subjects(Resource resource)
    {
        List<Subject> subjects = new ArrayList<>();
        switch (resource.details()) {
            case ResourceDetails.Ec2Instance instance -> {
                operatingSystemOf(instance).ifPresent(system -> subjects.add(new Subject("os:", system)));
                instance.software().forEach(software -> subjects.add(new Subject("software:", software)));
            }
            case ResourceDetails.RdsDbInstance database -> addEngine(subjects, "rds:", database.engine(), database.engineVersion());
            case ResourceDetails.RdsDbCluster cluster -> addEngine(subjects, "rds:", cluster.engine(), cluster.engineVersion());
            case ResourceDetails.ElastiCacheCluster cache -> addEngine(subjects, "elasticache:", cache.engine(), cache.engineVersion());
            case ResourceDetails.ElastiCacheReplicationGroup group -> addEngine(subjects, "elasticache:", group.engine(), group.engineVersion());
            case ResourceDetails.LambdaFunction function -> {
                // a container image function has no runtime: the image carries its own
                if (function.runtime() != null && !function.runtime().isBlank()) {
                    subjects.add(new Subject("lambda:", function.runtime()));
                }
            }
            case ResourceDetails.Vpc ignored -> {}
            case ResourceDetails.Subnet ignored -> {}
            case ResourceDetails.RouteTable ignored -> {}
            case ResourceDetails.NatGateway ignored -> {}
            case ResourceDetails.VpcEndpoint ignored -> {}
            case ResourceDetails.LoadBalancer ignored -> {}
            case ResourceDetails.EcsCluster ignored -> {}
            case ResourceDetails.EcsService ignored -> {}
            case ResourceDetails.S3Bucket ignored -> {}
            case ResourceDetails.ApiGateway ignored -> {}
            case ResourceDetails.UnattachedVolume ignored -> {}
        }
        return subjects;
    }

    /**
     * The operating system of an instance as one string: SSM reports a name ({@code Amazon Linux}) and a
     * version ({@code 2}) apart, and for Windows a name that already holds the release
     * ({@code Microsoft Windows Server 2012 R2 Standard}, version {@code 6.3.9600}), so the version is
     * added only to a name without digits.
     */
    public static Optional<String> operatingSystemOf(ResourceDetails.Ec2Instance instance)
    {
        String name = instance.operatingSystem();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String version = instance.operatingSystemVersion();
        if (version == null || version.isBlank() || name.chars().anyMatch(Character::isDigit)) {
            return Optional.of(name.strip());
        }
        return Optional.of(name.strip() + " " + version.strip());
    }

    /** An engine without a known version (moto reports none) matches no entry: its support dates are unknown. */
    private static void addEngine(List<Subject> subjects, String prefix, String engine, String version)
    {
        if (engine != null && version != null && !version.isBlank()) {
            subjects.add(new Subject(prefix, engine + " " + version));
        }
    }

    private static LifecycleCatalog load()
    {
        try (InputStream input = LifecycleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new CloudMigrateException(ScoringErrorCode.BUNDLED_DATA_UNREADABLE, RESOURCE + " is missing from the scoring jar; rebuild CloudMigrate");
            }
            List<LifecycleEntry> entries = new ArrayList<>();
            for (JsonNode node : JsonDocuments.mapper().readTree(input).path("entries")) {
                entries.add(entry(node));
            }
            return new LifecycleCatalog(entries);
        }
        catch (IOException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new CloudMigrateException(ScoringErrorCode.BUNDLED_DATA_UNREADABLE, RESOURCE + " in the scoring jar is malformed (" + e.getMessage() + "); rebuild CloudMigrate", e);
        }
    }

    private static LifecycleEntry entry(JsonNode node)
    {
        List<String> patterns = new ArrayList<>();
        node.path("patterns").forEach(pattern -> patterns.add(pattern.asText()));
        return new LifecycleEntry(
                text(node, "id"),
                LifecycleEntry.Category.valueOf(text(node, "category")),
                text(node, "product"),
                patterns,
                date(node, "endOfStandardSupport"),
                date(node, "endOfSupport"),
                date(node, "paidExtensionEnd"),
                text(node, "paidExtension"),
                text(node, "successor"),
                text(node, "sourceName"),
                text(node, "sourceUrl"),
                text(node, "note"));
    }

    private static String text(JsonNode node, String field)
    {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field)
    {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    // Loaded on first use and immutable afterwards.
    private static final class Bundled
    {
        static final LifecycleCatalog CATALOG = load();
    }
}

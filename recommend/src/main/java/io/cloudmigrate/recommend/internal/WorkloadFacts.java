package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.SelfManagedEngine;
import io.cloudmigrate.scoring.SupportStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import static java.util.Objects.requireNonNull;

/**
 * What the rules can observe about one resource (the observable facts of docs/7R-RULES.md): its details and
 * tags, its utilisation over the window, the resources that depend on it, the lifecycle of what it
 * runs, and a database or cache it runs itself.
 *
 * @param dependentNames the names of the resources that depend on it, sorted by id
 */
record WorkloadFacts(
        Resource resource,
        LocalDate asOf,
        Optional<Utilization> utilization,
        List<String> dependentNames,
        List<LifecycleMatch> lifecycle,
        Optional<SelfManagedEngine.Detected> engine)
{
    /** Tags that put a resource on hold (rule C1); keys are matched without regard to case. */
    static final List<String> HOLD_TAGS = List.of("compliance", "legal-hold", "legal_hold", "change-freeze", "change_freeze");
    private static final List<String> NOT_SET = List.of("", "false", "no", "none", "0", "off");

    WorkloadFacts
    {
        requireNonNull(resource, "resource is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(utilization, "utilization is null");
        dependentNames = List.copyOf(requireNonNull(dependentNames, "dependentNames is null"));
        lifecycle = List.copyOf(requireNonNull(lifecycle, "lifecycle is null"));
        requireNonNull(engine, "engine is null");
    }

    ResourceType type()
    {
        return resource.type();
    }

    int dependents()
    {
        return dependentNames.size();
    }

    Optional<MetricSummary> metric(MetricName name)
    {
        return utilization.flatMap(value -> value.metric(name)).filter(summary -> summary.datapoints() > 0);
    }

    OptionalDouble average(MetricName name)
    {
        return metric(name).map(summary -> OptionalDouble.of(summary.average())).orElse(OptionalDouble.empty());
    }

    int windowDays()
    {
        return utilization.map(Utilization::windowDays).orElse(0);
    }

    /** Whether CPU utilisation is known for a type that has it. */
    boolean hasCpu()
    {
        return average(MetricName.CPU_UTILIZATION).isPresent();
    }

    /** The first of the tags that is set, as {@code key=value}. */
    Optional<String> tag(List<String> keys)
    {
        for (String key : keys) {
            String value = resource.tag(key);
            if (value != null && !NOT_SET.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(key + "=" + value);
            }
        }
        return Optional.empty();
    }

    Optional<String> holdTag()
    {
        return tag(HOLD_TAGS);
    }

    boolean ownerTagged()
    {
        return tag(List.of("owner")).isPresent();
    }

    boolean appTagged()
    {
        return tag(List.of("app", "application")).isPresent();
    }

    /** The {@code Environment} or {@code env} tag value, lower case. */
    Optional<String> environment()
    {
        return tag(List.of("Environment", "env")).map(value -> value.substring(value.indexOf('=') + 1).strip().toLowerCase(Locale.ROOT));
    }

    SupportStatus status(LifecycleMatch match)
    {
        return match.entry().statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT);
    }

    /** The first lifecycle match of a category whose support has ended or ends within the horizon. */
    Optional<LifecycleMatch> forcingChange(LifecycleEntry.Category category)
    {
        return lifecycle.stream()
                .filter(match -> match.entry().category() == category)
                .filter(match -> status(match).forcesChange())
                .findFirst();
    }

    /** The operating system as one string, for EC2 instances whose OS SSM reported. */
    Optional<String> operatingSystem()
    {
        return resource.details() instanceof ResourceDetails.Ec2Instance instance ? LifecycleCatalog.operatingSystemOf(instance) : Optional.empty();
    }

    boolean windows()
    {
        if (!(resource.details() instanceof ResourceDetails.Ec2Instance instance)) {
            return false;
        }
        String platform = (instance.platform() == null ? "" : instance.platform()) + " " + operatingSystem().orElse("");
        return platform.toLowerCase(Locale.ROOT).contains("windows");
    }

    List<String> software()
    {
        return resource.details() instanceof ResourceDetails.Ec2Instance instance ? instance.software() : List.of();
    }
}

package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.Strategy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.recommend.internal.Decisions.percent;

/**
 * Stage C of docs/7R-RULES.md: keep what must not move now. C1 a hold tag (compliance, legal hold, change
 * freeze); C3 an unknown application that is in use (no owner and no app tag); C4 a resource due to be
 * decommissioned within the horizon. C2 (depends on something retained) and C5 (paid extended support
 * with a vendor certification that blocks the upgrade) need facts the inventory does not hold.
 */
final class RetainRules
{
    static final double C1_CONFIDENCE = 0.9;
    static final double C3_CONFIDENCE = 0.6;
    static final double C4_CONFIDENCE = 0.8;

    private static final List<String> DECOMMISSION_TAGS = List.of("decommission_date", "decommission-date", "DecommissionDate");

    private RetainRules() {}

    static Optional<Recommendation> evaluate(WorkloadFacts facts)
    {
        return hold(facts).or(() -> unknownApplication(facts)).or(() -> decommissioning(facts));
    }

    /** C1: "Client will keep host/application…" (MigOps disposition tree); compliance and data residency. */
    private static Optional<Recommendation> hold(WorkloadFacts facts)
    {
        return facts.holdTag().map(tag -> Decisions.recommend(facts, Strategy.RETAIN, null, "C1",
                "Tagged " + tag + ": keep it as it is until the hold is lifted.", C1_CONFIDENCE, List.of("tag:" + tag)));
    }

    /** C3: "Unknown application, high risk migration" (MigOps disposition tree). */
    private static Optional<Recommendation> unknownApplication(WorkloadFacts facts)
    {
        if (facts.ownerTagged() || facts.appTagged()) {
            return Optional.empty();
        }
        List<String> use = new ArrayList<>();
        facts.average(MetricName.CPU_UTILIZATION).ifPresent(cpu -> {
            if (cpu >= RetireRules.ZOMBIE_CPU_LIMIT) {
                use.add("average CPU " + percent(cpu));
            }
        });
        if (facts.dependents() > 0) {
            use.add(facts.dependents() + (facts.dependents() == 1 ? " resource depends on it" : " resources depend on it"));
        }
        for (MetricName metric : List.of(MetricName.INVOCATIONS, MetricName.REQUEST_COUNT, MetricName.DATABASE_CONNECTIONS, MetricName.CURRENT_CONNECTIONS)) {
            facts.average(metric).ifPresent(value -> {
                if (value > 0) {
                    use.add(metric.cloudWatchName() + " " + Math.round(value) + " a day");
                }
            });
        }
        if (use.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of("tag:owner=missing", "tag:app=missing"));
        use.forEach(value -> evidence.add("inUse=" + value));
        return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "C3",
                "No owner or app tag, yet it is in use (" + String.join(", ", use) + "): an unknown application is a high-risk move, "
                        + "so retain it until someone claims it.",
                Decisions.confidence(C3_CONFIDENCE, facts, true), evidence));
    }

    /** C4: an application "nearing its planned retirement date" stays until then. */
    private static Optional<Recommendation> decommissioning(WorkloadFacts facts)
    {
        Optional<String> tag = facts.tag(DECOMMISSION_TAGS);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String value = tag.get().substring(tag.get().indexOf('=') + 1).strip();
        LocalDate date;
        try {
            date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        }
        catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (date.isAfter(facts.asOf().plus(LifecycleCatalog.HORIZON_DEFAULT))) {
            return Optional.empty();
        }
        return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "C4",
                "Tagged for decommissioning on " + date + ", within 12 months: retain it until then rather than move it.",
                C4_CONFIDENCE, List.of("tag:" + tag.get())));
    }
}

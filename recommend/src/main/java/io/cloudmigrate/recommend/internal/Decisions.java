package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.SupportStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds recommendations and the words shared by the rules: lifecycle sentences, percentages,
 * evidence and the confidence lost to missing data.
 */
final class Decisions
{
    /** Confidence kept when a compute resource has no CPU utilisation, so the idle rules could not be checked. */
    static final double WITHOUT_UTILIZATION = 0.8;
    /** Confidence kept when an EC2 instance's operating system is unknown, so the end-of-life rule could not be checked. */
    static final double WITHOUT_OPERATING_SYSTEM = 0.85;
    /** Confidence kept when an EC2 instance has no software inventory, so self-managed databases could not be seen. */
    static final double WITHOUT_SOFTWARE = 0.9;

    private Decisions() {}

    static Recommendation recommend(WorkloadFacts facts, Strategy strategy, String target, String ruleId, String reason, double confidence, List<String> evidence)
    {
        return new Recommendation(facts.resource().id(), strategy, target, ruleId, reason, Math.round(confidence * 100) / 100.0, evidence);
    }

    /**
     * A rule's documented confidence, lowered for each input the earlier rules needed but did not have.
     * Rules that read a tag only (hold, decommission) pass {@code false}: missing metrics do not weaken them.
     */
    static double confidence(double base, WorkloadFacts facts, boolean dependsOnData)
    {
        if (!dependsOnData) {
            return base;
        }
        double confidence = base;
        if (facts.type().compute() && facts.type() != ResourceType.LAMBDA_FUNCTION && !facts.hasCpu()) {
            confidence *= WITHOUT_UTILIZATION;
        }
        if (facts.resource().details() instanceof ResourceDetails.Ec2Instance instance) {
            if (facts.operatingSystem().isEmpty()) {
                confidence *= WITHOUT_OPERATING_SYSTEM;
            }
            if (instance.software().isEmpty()) {
                confidence *= WITHOUT_SOFTWARE;
            }
        }
        return confidence;
    }

    /**
     * The lifecycle fact in one sentence, e.g. {@code Microsoft Windows Server 2012 R2 Standard reached end
     * of support on 2023-10-10 (Microsoft lifecycle)}, naming a paid extension that still runs.
     */
    static String lifecycleSentence(WorkloadFacts facts, LifecycleMatch match)
    {
        LifecycleEntry entry = match.entry();
        SupportStatus status = facts.status(match);
        LocalDate ends = entry.supportEnds();
        StringBuilder sentence = new StringBuilder(match.observed());
        switch (status) {
            case ENDING_WITHIN_HORIZON, SUPPORTED -> sentence.append(" reaches ").append(entry.supportEndName()).append(" on ").append(ends)
                    .append(" (").append(entry.sourceName()).append("), within 12 months");
            case PAID_EXTENSION_ONLY -> sentence.append(" reached ").append(entry.supportEndName()).append(" on ").append(ends)
                    .append(" (").append(entry.sourceName()).append(") and now runs on paid ").append(entry.paidExtension())
                    .append(" until ").append(entry.paidExtensionEnd());
            case UNSUPPORTED -> sentence.append(" reached ").append(entry.supportEndName()).append(" on ").append(ends)
                    .append(" (").append(entry.sourceName()).append(")");
        }
        return sentence.toString();
    }

    static List<String> lifecycleEvidence(WorkloadFacts facts, LifecycleMatch match)
    {
        List<String> evidence = new ArrayList<>();
        evidence.add("lifecycle=" + match.entry().id());
        evidence.add("observed=" + match.observed());
        evidence.add("supportEnds=" + match.entry().supportEnds());
        evidence.add("status=" + facts.status(match));
        evidence.add("source=" + match.entry().sourceUrl());
        return evidence;
    }

    static String percent(double value)
    {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Up to three names, then how many more. */
    static String names(List<String> names)
    {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}

package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.DocumentKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The {@code decisions.json} document: an organisation's strategy decisions in the order they were made.
 * Appending never rewrites an earlier decision; the latest decision for a resource is the one in force.
 */
@DocumentKind("decisions")
public record DecisionLog(int schemaVersion, List<StrategyDecision> decisions)
{
    public static final int SCHEMA_VERSION = 1;
    public static final DecisionLog EMPTY = new DecisionLog(SCHEMA_VERSION, List.of());

    public DecisionLog
    {
        decisions = List.copyOf(requireNonNull(decisions, "decisions is null"));
    }

    public DecisionLog append(StrategyDecision decision)
    {
        List<StrategyDecision> all = new ArrayList<>(decisions);
        all.add(requireNonNull(decision, "decision is null"));
        return new DecisionLog(SCHEMA_VERSION, all);
    }

    /** The decision in force per resource: the latest. */
    public Map<String, StrategyDecision> latest()
    {
        Map<String, StrategyDecision> latest = new TreeMap<>();
        decisions.forEach(decision -> latest.put(decision.resourceId(), decision));
        return latest;
    }

    public Map<String, StrategyOverride> overrides()
    {
        Map<String, StrategyOverride> overrides = new TreeMap<>();
        latest().forEach((id, decision) -> overrides.put(id, decision.asOverride()));
        return overrides;
    }
}

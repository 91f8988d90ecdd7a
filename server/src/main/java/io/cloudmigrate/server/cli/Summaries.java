package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceType;

import java.io.PrintWriter;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.UnpricedItem;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The short summaries commands print on standard output.
 */
final class Summaries
{
    private static final int WARNINGS_SHOWN = 10;

    private Summaries() {}

    static void printInventory(PrintWriter out, Inventory inventory)
    {
        out.println("Estate: " + inventory.name() + " (" + String.join(", ", inventory.scope().accounts()) + "; "
                + String.join(", ", inventory.scope().regions()) + ")");
        out.println("Resources by type:");
        Map<ResourceType, Integer> byType = new EnumMap<>(ResourceType.class);
        for (Resource resource : inventory.resources()) {
            byType.merge(resource.type(), 1, Integer::sum);
        }
        byType.forEach((type, count) -> out.printf("  %-24s %5d%n", type.name().toLowerCase(Locale.ROOT), count));
        out.printf("  %-24s %5d%n", "security groups", inventory.securityGroups().size());
        out.printf("  %-24s %5d%n", "network interfaces", inventory.networkInterfaces().size());
        printWarnings(out, inventory);
        out.flush();
    }

    static void printAssessment(PrintWriter out, Assessment assessment)
    {
        Map<Strategy, Integer> strategies = new EnumMap<>(Strategy.class);
        for (Recommendation recommendation : assessment.recommendations()) {
            strategies.merge(recommendation.strategy(), 1, Integer::sum);
        }
        out.println("Strategies:");
        strategies.forEach((strategy, count) -> out.printf("  %-24s %5d%n", strategy.displayName(), count));

        out.println("Waves:");
        for (MigrationWave wave : assessment.graph().waves()) {
            out.printf("  wave %-19d %5d resources%n", wave.number(), wave.resourceIds().size());
        }
        if (!assessment.graph().moveGroups().isEmpty()) {
            out.println("  move together: " + assessment.graph().moveGroups().size() + " group(s) of resources in dependency cycles");
        }

        Map<RiskLevel, Integer> risks = new EnumMap<>(RiskLevel.class);
        for (RiskScore risk : assessment.risks()) {
            risks.merge(risk.level(), 1, Integer::sum);
        }
        out.println("Risk levels:");
        risks.forEach((level, count) -> out.printf("  %-24s %5d%n", level.name().toLowerCase(Locale.ROOT), count));

        CostSummary costs = assessment.costSummary(assessment.costs().stream().map(CostEstimate::resourceId).toList());
        out.printf(Locale.ROOT, "Estimated monthly cost: %,.2f USD before, %,.2f USD after (one-off move cost %,.2f USD)%n",
                costs.monthlyBeforeUsd(), costs.monthlyAfterUsd(), costs.oneOffUsd());
        int unpriced = unpricedItems(assessment);
        if (unpriced > 0) {
            out.println("Totals exclude " + unpriced + " unpriced items (no price source has them; see \"unpriced\" in the assessment's costs)");
        }
        out.flush();
    }

    /** The parts of today's run-rates and of the recommended targets that no price source has, counted once per resource. */
    static int unpricedItems(Assessment assessment)
    {
        int count = 0;
        for (CostEstimate cost : assessment.costs()) {
            Set<UnpricedItem> missing = new HashSet<>(cost.unpriced());
            assessment.chosenCost(cost.resourceId()).ifPresent(chosen -> missing.addAll(chosen.unpriced()));
            count += missing.size();
        }
        return count;
    }

    static void printTraffic(PrintWriter out, Traffic traffic)
    {
        out.println("Traffic: " + traffic.records() + " records, " + traffic.edges().size() + " edges, " + traffic.malformed() + " malformed");
        out.flush();
    }

    private static void printWarnings(PrintWriter out, Inventory inventory)
    {
        if (inventory.warnings().isEmpty()) {
            return;
        }
        Map<String, Integer> byCode = new TreeMap<>();
        inventory.warnings().forEach(warning -> byCode.merge(warning.code(), 1, Integer::sum));
        out.println("Warnings: " + inventory.warnings().size() + " " + byCode);
        inventory.warnings().stream()
                .filter(warning -> !warning.code().equals("SkippedFile"))
                .limit(WARNINGS_SHOWN)
                .map(Summaries::describe)
                .forEach(line -> out.println("  " + line));
    }

    private static String describe(InventoryWarning warning)
    {
        return warning.code() + ": " + (warning.input() == null ? "" : warning.input() + ": ") + warning.message();
    }
}

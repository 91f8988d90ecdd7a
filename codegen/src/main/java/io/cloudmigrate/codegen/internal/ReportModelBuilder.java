package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Builds the readiness report from the assessment: summary, waves, move groups, resources, risk
 * factors, security findings, warnings and the sources behind the numbers.
 */
final class ReportModelBuilder
{
    private static final int TOP_FACTORS = 10;

    /** The money side of one resource under its recommended strategy. */
    private final EstateIndex index;
    private final Assessment assessment;

    private final PageSize pageSize;

    ReportModelBuilder(EstateIndex index, PageSize pageSize)
    {
        this.index = requireNonNull(index, "index is null");
        this.assessment = index.assessment();
        this.pageSize = requireNonNull(pageSize, "pageSize is null");
    }

    ReportModel build()
    {
        List<Resource> resources = index.resources().stream()
                .sorted(Comparator.comparingInt((Resource resource) -> index.wave(resource.id()).orElse(Integer.MAX_VALUE))
                        .thenComparing(Resource::name)
                        .thenComparing(Resource::id))
                .toList();
        CostSummary costs = assessment.costSummary(resources.stream().map(Resource::id).toList());
        String estate = assessment.inventory().name();
        List<ReportGroups.Unpriced> unpricedItems = unpricedItems(resources);
        List<ReportModel.FindingRow> securityFindings = SecurityFindings.find(index);
        ReportPurchaseOptions purchases = new ReportPurchaseOptions(assessment);
        List<ReportModel.ResourceRow> workloads = resources.stream().filter(resource -> !NetworkPlumbing.isPlumbing(resource.type())).map(this::row).toList();
        return new ReportModel(
                "Migration readiness report: " + estate,
                estate,
                assessment.name(),
                assessment.asOf(),
                assessment.inventory().capturedAt(),
                assessment.inventory().scanId(),
                String.join(", ", assessment.inventory().scope().accounts()),
                String.join(", ", assessment.inventory().scope().regions()),
                new ReportModel.Summary(resources.size(), assessment.graph().waves().size(), assessment.graph().moveGroups().size(),
                        Money.usd(costs.monthlyBeforeUsd()), Money.usd(costs.monthlyAfterUsd()), Money.change(costs.monthlyAfterUsd() - costs.monthlyBeforeUsd()),
                        Money.usd(costs.oneOffUsd()), Money.usd(costs.trafficMonthlyUsd()), costs.unpriced(), unpricedItems.size(), ReportGroups.unpriced(unpricedItems), ReportPictures.payback(costs),
                        committedAfter(resources, costs.monthlyAfterUsd())),
                new ReportFindings(index, unpricedResources(resources)).find(resources, unpricedItems.size(), securityFindings),
                new ReportPictures(index).draw(resources, this::dependsOn),
                resourceTypes(resources),
                strategies(resources),
                riskLevels(resources),
                assessment.graph().waves().stream().map(this::wave).toList(),
                assessment.graph().moveGroups().stream().sorted(Comparator.comparing(MoveGroup::id)).map(this::group).toList(),
                workloads,
                workloads.size() > ReportGroups.RESOURCE_DETAIL_LIMIT,
                plumbing(resources),
                topFactors(),
                securityFindings,
                outsideTraffic(),
                ReportGroups.warnings(assessment.inventory().warnings().stream().map(ReportModelBuilder::warning).toList()),
                methodology(),
                purchases.summary(resources, costs.monthlyAfterUsd()),
                purchases.targets(resources),
                pageSize.cssName(),
                List.of());
    }

    private List<ReportModel.Count> resourceTypes(List<Resource> resources)
    {
        List<ReportModel.Count> counts = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            count(counts, Labels.type(type), resources, resource -> resource.type() == type);
        }
        return counts;
    }

    private List<ReportModel.Count> strategies(List<Resource> resources)
    {
        List<ReportModel.Count> counts = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            count(counts, strategy.displayName(), resources, resource -> strategy(resource.id()) == strategy);
        }
        count(counts, "No recommendation", resources, resource -> strategy(resource.id()) == null);
        return counts;
    }

    private List<ReportModel.Count> riskLevels(List<Resource> resources)
    {
        List<ReportModel.Count> counts = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            count(counts, Labels.risk(level), resources, resource -> index.risk(resource.id()).map(RiskScore::level).orElse(null) == level);
        }
        count(counts, "Not scored", resources, resource -> index.risk(resource.id()).isEmpty());
        return counts;
    }

    private static void count(List<ReportModel.Count> counts, String label, List<Resource> resources, Predicate<Resource> filter)
    {
        int count = (int) resources.stream().filter(filter).count();
        if (count > 0) {
            counts.add(new ReportModel.Count(label, count));
        }
    }

    private Strategy strategy(String resourceId)
    {
        return index.recommendation(resourceId).map(Recommendation::strategy).orElse(null);
    }

    private ReportModel.WaveRow wave(MigrationWave wave)
    {
        SortedMap<Strategy, Integer> strategies = new TreeMap<>();
        Optional<RiskScore> highest = Optional.empty();
        for (String id : wave.resourceIds()) {
            Strategy strategy = strategy(id);
            if (strategy != null) {
                strategies.merge(strategy, 1, Integer::sum);
            }
            Optional<RiskScore> risk = index.risk(id);
            if (risk.isPresent() && (highest.isEmpty() || risk.get().score() > highest.get().score())) {
                highest = risk;
            }
        }
        CostSummary costs = assessment.costSummary(wave.resourceIds());
        List<String> dependsOn = dependsOn(wave).stream().map(Labels::wave).toList();
        List<String> strategyText = strategies.entrySet().stream().map(entry -> entry.getKey().displayName() + " " + entry.getValue()).toList();
        return new ReportModel.WaveRow(
                Labels.wave(wave.number()),
                wave.resourceIds().size(),
                strategyText.isEmpty() ? "-" : String.join(", ", strategyText),
                highest.map(risk -> Labels.risk(risk.level()) + " (" + risk.score() + ")").orElse("-"),
                Money.usd(costs.monthlyBeforeUsd()),
                Money.usd(costs.monthlyAfterUsd()),
                Money.usd(costs.oneOffUsd()),
                dependsOn.isEmpty() ? "-" : String.join(", ", dependsOn));
    }

    /** The numbers of the other waves holding something this wave's resources depend on. */
    private SortedSet<Integer> dependsOn(MigrationWave wave)
    {
        SortedSet<Integer> dependsOn = new TreeSet<>();
        // through the index: scanning every edge per wave is quadratic on a large estate
        for (DependencyEdge edge : wave.resourceIds().stream().distinct().flatMap(id -> index.edgesFrom(id).stream()).toList()) {
            if (edge.kind().ordersMigration()) {
                index.wave(edge.target()).ifPresent(other -> {
                    if (other != wave.number()) {
                        dependsOn.add(other);
                    }
                });
            }
        }
        return dependsOn;
    }

    /** One row per plumbing type present: how many, where, and in which waves they move. */
    private List<ReportModel.PlumbingRow> plumbing(List<Resource> resources)
    {
        List<ReportModel.PlumbingRow> rows = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            List<Resource> ofType = resources.stream().filter(resource -> resource.type() == type && NetworkPlumbing.isPlumbing(type)).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            SortedSet<String> locations = new TreeSet<>(ofType.stream().map(resource -> resource.accountId() + " / " + resource.region()).toList());
            SortedSet<Integer> waves = new TreeSet<>();
            ofType.forEach(resource -> index.wave(resource.id()).ifPresent(waves::add));
            rows.add(new ReportModel.PlumbingRow(Labels.type(type), ofType.size(), String.join(", ", locations),
                    waves.isEmpty() ? "-" : String.join(", ", waves.stream().map(Labels::wave).toList())));
        }
        return rows;
    }

    /** Observed edges with one end outside the estate, by resource name, then outside end and port. */
    private List<ReportModel.OutsideRow> outsideTraffic()
    {
        List<ReportModel.OutsideRow> rows = new ArrayList<>();
        for (DependencyEdge edge : assessment.graph().edges()) {
            boolean inbound = AddressAttribution.outsideEstate(edge.source());
            if (edge.kind() != EdgeKind.OBSERVED || (!inbound && !AddressAttribution.outsideEstate(edge.target()))) {
                continue;
            }
            String resource = inbound ? edge.target() : edge.source();
            String outside = inbound ? edge.source() : edge.target();
            rows.add(new ReportModel.OutsideRow(
                    index.displayName(resource),
                    index.wave(resource).stream().mapToObj(Labels::wave).findFirst().orElse("-"),
                    index.displayName(outside),
                    inbound ? "inbound" : "outbound",
                    edge.evidence()));
        }
        // The graph's order is by ARN; readers look resources up by name.
        rows.sort(Comparator.comparing(ReportModel.OutsideRow::resource).thenComparing(ReportModel.OutsideRow::outside)
                .thenComparing(ReportModel.OutsideRow::direction).thenComparing(ReportModel.OutsideRow::traffic));
        return rows;
    }

    private ReportModel.GroupRow group(MoveGroup group)
    {
        SortedSet<String> waves = new TreeSet<>();
        group.resourceIds().forEach(id -> index.wave(id).ifPresent(wave -> waves.add(Labels.wave(wave))));
        return new ReportModel.GroupRow(
                group.id(),
                String.join(", ", group.resourceIds().stream().map(index::displayName).sorted().toList()),
                waves.isEmpty() ? "-" : String.join(", ", waves));
    }

    /** The run-rate after the move with each recommended target's best committed offer in place of on-demand, where it has one. */
    private String committedAfter(List<Resource> resources, double monthlyAfterUsd)
    {
        double saving = 0;
        boolean any = false;
        for (Resource resource : resources) {
            Optional<StrategyCost> chosen = assessment.chosenCost(resource.id()).filter(cost -> cost.committed() != null);
            if (chosen.isPresent()) {
                saving += chosen.get().targetMonthlyUsd() - chosen.get().committed().monthlyUsd();
                any = true;
            }
        }
        return any ? Money.usd(monthlyAfterUsd - saving) : "";
    }

    /**
     * The parts of today's run-rate and of the recommended targets that no price source has, one line
     * each, in report order; the totals leave them out.
     */
    private List<ReportGroups.Unpriced> unpricedItems(List<Resource> resources)
    {
        List<ReportGroups.Unpriced> items = new ArrayList<>();
        for (Resource resource : resources) {
            Set<UnpricedItem> missing = new LinkedHashSet<>();
            index.cost(resource.id()).ifPresent(cost -> missing.addAll(cost.unpriced()));
            assessment.chosenCost(resource.id()).ifPresent(chosen -> missing.addAll(chosen.unpriced()));
            missing.forEach(item -> items.add(new ReportGroups.Unpriced(resource.name(), item.item() + " (" + item.reason() + ")")));
        }
        return items;
    }

    private Set<String> unpricedResources(List<Resource> resources)
    {
        Set<String> ids = new TreeSet<>();
        for (Resource resource : resources) {
            boolean today = index.cost(resource.id()).map(cost -> !cost.unpriced().isEmpty()).orElse(false);
            boolean after = assessment.chosenCost(resource.id()).map(chosen -> !chosen.unpriced().isEmpty()).orElse(false);
            if (today || after) {
                ids.add(resource.id());
            }
        }
        return ids;
    }

    private ReportModel.ResourceRow row(Resource resource)
    {
        Optional<Recommendation> recommendation = index.recommendation(resource.id());
        Optional<RiskScore> risk = index.risk(resource.id());
        Optional<CostEstimate> cost = index.cost(resource.id());
        Optional<StrategyCost> chosen = assessment.chosenCost(resource.id());
        return new ReportModel.ResourceRow(
                resource.name(),
                resource.id(),
                Labels.type(resource.type()),
                resource.accountId() + " / " + resource.region(),
                index.wave(resource.id()).stream().mapToObj(Labels::wave).findFirst().orElse("-"),
                recommendation.map(value -> value.strategy().displayName()).orElse("-"),
                recommendation.map(Recommendation::target).filter(target -> !target.isBlank()).orElse("-"),
                risk.map(value -> Integer.toString(value.score())).orElse("-"),
                risk.map(value -> Labels.risk(value.level())).orElse("Not scored"),
                risk.map(value -> "risk-" + value.level().name().toLowerCase(Locale.ROOT)).orElse("risk-none"),
                cost.map(value -> Money.usd(value.currentMonthlyUsd())).orElse("-"),
                chosen.map(value -> Money.usd(value.targetMonthlyUsd())).orElse("-"),
                recommendation.map(Recommendation::reason).orElse("-"));
    }

    private List<ReportModel.FactorRow> topFactors()
    {
        SortedMap<String, int[]> totals = new TreeMap<>();
        SortedMap<String, String> explanations = new TreeMap<>();
        for (RiskScore risk : assessment.risks()) {
            for (RiskFactor factor : risk.factors()) {
                if (factor.contribution() > 0) {
                    int[] total = totals.computeIfAbsent(factor.name(), name -> new int[2]);
                    total[0]++;
                    total[1] += factor.contribution();
                    explanations.putIfAbsent(factor.name(), factor.explanation());
                }
            }
        }
        return totals.entrySet().stream()
                .map(entry -> new ReportModel.FactorRow(entry.getKey(), entry.getValue()[0], entry.getValue()[1], explanations.get(entry.getKey())))
                .sorted(Comparator.comparingInt(ReportModel.FactorRow::points).reversed().thenComparing(ReportModel.FactorRow::name))
                .limit(TOP_FACTORS)
                .toList();
    }

    private static ReportModel.WarningRow warning(InventoryWarning warning)
    {
        return new ReportModel.WarningRow(
                orDash(warning.accountId()), orDash(warning.region()), warning.service(), warning.code(), 1, orDash(warning.input()), warning.message());
    }

    private ReportModel.Methodology methodology()
    {
        return new ReportModel.Methodology(assessment.trafficRecords(), new ReportAssumptions(index).rows(), RankingText.overrides(assessment));
    }

    private static String orDash(String value)
    {
        return value == null || value.isBlank() ? "-" : value;
    }
}

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The executive summary as findings: what moves and how, the risks that need a decision, a verdict per
 * wave with its reason, and what the assessment does not know. Every figure comes from the assessment.
 */
final class ReportFindings
{
    /** How many of the riskiest resources the summary asks a decision on. */
    static final int DECISIONS = 5;
    /** How many names a finding lists before it says "and N more". */
    private static final int NAMES = 5;

    private final EstateIndex index;
    private final Assessment assessment;
    private final Set<String> unpricedResources;

    ReportFindings(EstateIndex index, Set<String> unpricedResources)
    {
        this.index = requireNonNull(index, "index is null");
        this.assessment = index.assessment();
        this.unpricedResources = Set.copyOf(unpricedResources);
    }

    ReportModel.Findings find(List<Resource> resources, int unpricedItems, List<ReportModel.FindingRow> securityFindings)
    {
        return new ReportModel.Findings(moves(resources), decisions(resources), verdicts(securityFindings), unknowns(resources, unpricedItems));
    }

    /**
     * One row per strategy in use by a workload: how many, and their cost today, after and once; then
     * the network plumbing, which moves with its workloads.
     */
    private List<ReportModel.MoveRow> moves(List<Resource> all)
    {
        List<Resource> resources = all.stream().filter(resource -> !NetworkPlumbing.isPlumbing(resource.type())).toList();
        List<ReportModel.MoveRow> rows = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            addMove(rows, strategy.displayName(), resources.stream().filter(resource -> strategy(resource.id()) == strategy).map(Resource::id).toList());
        }
        addMove(rows, "No recommendation", resources.stream().filter(resource -> strategy(resource.id()) == null).map(Resource::id).toList());
        addMove(rows, "Network plumbing (appendix B)", all.stream().filter(resource -> NetworkPlumbing.isPlumbing(resource.type())).map(Resource::id).toList());
        return rows;
    }

    private void addMove(List<ReportModel.MoveRow> rows, String label, List<String> ids)
    {
        if (ids.isEmpty()) {
            return;
        }
        CostSummary costs = assessment.costSummary(ids);
        rows.add(new ReportModel.MoveRow(label, ids.size(), Money.usd(costs.monthlyBeforeUsd()), Money.usd(costs.monthlyAfterUsd()),
                Money.change(costs.monthlyAfterUsd() - costs.monthlyBeforeUsd()), Money.usd(costs.oneOffUsd())));
    }

    /** The riskiest resources, highest score first, each with the factors that weigh most. */
    private List<ReportModel.DecisionRow> decisions(List<Resource> resources)
    {
        return resources.stream()
                .filter(resource -> index.risk(resource.id()).isPresent())
                .sorted(Comparator.comparingInt((Resource resource) -> -index.risk(resource.id()).orElseThrow().score())
                        .thenComparing(Resource::name)
                        .thenComparing(Resource::id))
                .limit(DECISIONS)
                .map(this::decision)
                .toList();
    }

    private ReportModel.DecisionRow decision(Resource resource)
    {
        RiskScore risk = index.risk(resource.id()).orElseThrow();
        String factors = risk.factors().stream()
                .filter(factor -> factor.contribution() > 0)
                .sorted(Comparator.comparingInt(RiskFactor::contribution).reversed().thenComparing(RiskFactor::name))
                .limit(3)
                .map(factor -> factor.name() + " " + factor.value() + " (+" + factor.contribution() + ")")
                .collect(Collectors.joining("; "));
        return new ReportModel.DecisionRow(
                resource.name(),
                index.wave(resource.id()).stream().mapToObj(Labels::wave).findFirst().orElse("-"),
                Labels.risk(risk.level()) + " (" + risk.score() + ")",
                "risk-" + risk.level().name().toLowerCase(java.util.Locale.ROOT),
                index.recommendation(resource.id()).map(value -> value.strategy().displayName()).orElse("No recommendation"),
                factors.isEmpty() ? "-" : factors);
    }

    /**
     * Not ready: a resource at critical risk, or one without a recommendation. Ready with conditions:
     * high risk, an exposed administration port, unpriced cost, compute without utilisation, or traffic
     * the security groups do not explain. Ready: none of these.
     */
    private List<ReportModel.VerdictRow> verdicts(List<ReportModel.FindingRow> securityFindings)
    {
        Set<String> exposed = new TreeSet<>();
        securityFindings.forEach(finding -> exposed.addAll(List.of(finding.usedBy().split(", "))));
        Set<String> unexplained = new TreeSet<>();
        assessment.graph().observedNotAllowed().forEach(edge -> {
            unexplained.add(edge.source());
            unexplained.add(edge.target());
        });
        List<ReportModel.VerdictRow> rows = new ArrayList<>();
        for (MigrationWave wave : assessment.graph().waves()) {
            List<Resource> members = index.waveResources(wave);
            List<String> blockers = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            finding(blockers, "at critical risk", members, resource -> level(resource) == RiskLevel.CRITICAL);
            finding(blockers, "without a recommendation", members, resource -> strategy(resource.id()) == null);
            finding(conditions, "at high risk", members, resource -> level(resource) == RiskLevel.HIGH);
            finding(conditions, "with an administration port open to the internet", members, resource -> exposed.contains(resource.name()));
            finding(conditions, "with unpriced cost", members, resource -> unpricedResources.contains(resource.id()));
            finding(conditions, "running code without utilisation data", members, resource -> resource.type().compute() && !hasUtilization(resource));
            finding(conditions, "with traffic the security groups do not explain", members, resource -> unexplained.contains(resource.id()));
            String verdict = !blockers.isEmpty() ? "Not ready" : !conditions.isEmpty() ? "Ready with conditions" : "Ready";
            String verdictClass = !blockers.isEmpty() ? "verdict-blocked" : !conditions.isEmpty() ? "verdict-conditions" : "verdict-ready";
            List<String> reasons = new ArrayList<>(blockers);
            reasons.addAll(conditions);
            rows.add(new ReportModel.VerdictRow(Labels.wave(wave.number()), members.size(), verdict, verdictClass,
                    reasons.isEmpty() ? "Every resource is scored below high risk, priced, measured and explained by its security groups." : String.join("; ", reasons) + "."));
        }
        return rows;
    }

    private static void finding(List<String> into, String what, List<Resource> members, java.util.function.Predicate<Resource> test)
    {
        List<String> names = members.stream().filter(test).map(Resource::name).sorted().toList();
        if (!names.isEmpty()) {
            into.add(names.size() + " " + what + " (" + ReportFindings.names(names) + ")");
        }
    }

    /** What the numbers leave out, each with a count; a count of 0 says the gap is known to be empty. */
    private List<ReportModel.UnknownRow> unknowns(List<Resource> resources, int unpricedItems)
    {
        List<ReportModel.UnknownRow> rows = new ArrayList<>();
        rows.add(new ReportModel.UnknownRow("Unpriced cost items", unpricedItems,
                unpricedItems == 0 ? "Every cost item has a price." : "Left out of every total, on " + unpricedResources.size() + " resource(s): "
                        + names(resources.stream().filter(resource -> unpricedResources.contains(resource.id())).map(Resource::name).toList())
                        + ". The list is in the methodology section."));
        List<String> unmeasured = resources.stream().filter(resource -> resource.type().compute() && !hasUtilization(resource)).map(Resource::name).toList();
        long compute = resources.stream().filter(resource -> resource.type().compute()).count();
        rows.add(new ReportModel.UnknownRow("Resources running code without utilisation data", unmeasured.size(),
                unmeasured.isEmpty() ? "All " + compute + " have CloudWatch utilisation." : "Of " + compute + "; sized and profiled from their configuration only: " + names(unmeasured) + "."));
        List<DependencyEdge> unattributed = assessment.graph().edges().stream()
                .filter(edge -> edge.kind() == EdgeKind.OBSERVED)
                .filter(edge -> edge.source().equals(AddressAttribution.UNATTRIBUTED_PRIVATE) || edge.target().equals(AddressAttribution.UNATTRIBUTED_PRIVATE))
                .toList();
        List<String> talkers = unattributed.stream()
                .map(edge -> edge.source().equals(AddressAttribution.UNATTRIBUTED_PRIVATE) ? edge.target() : edge.source())
                .distinct().map(index::displayName).sorted().toList();
        rows.add(new ReportModel.UnknownRow("Observed flows with private addresses no scanned resource holds", unattributed.size(),
                unattributed.isEmpty() ? (assessment.trafficRecords() == 0 ? "No flow logs were read, so no traffic is known at all." : "Every private address in the flow logs belongs to a scanned resource.")
                        : "Unattributed traffic of " + names(talkers) + ": a peer outside the scanned accounts, or a resource discovery did not read."));
        int unexplained = assessment.graph().observedNotAllowed().size();
        rows.add(new ReportModel.UnknownRow("Observed flows no security-group rule explains", unexplained,
                unexplained == 0 ? "Every observed flow between resources is allowed by a rule the inventory shows." : "A rule the inventory does not show (a peer group, a prefix list) lets them through."));
        int warnings = assessment.inventory().warnings().size();
        rows.add(new ReportModel.UnknownRow("Inventory warnings", warnings,
                warnings == 0 ? "Discovery read everything in scope." : "Discovery could not read part of the estate; see the inventory warnings."));
        return rows;
    }

    private boolean hasUtilization(Resource resource)
    {
        return assessment.inventory().utilizationOf(resource.id()).map(Utilization::metrics).filter(metrics -> !metrics.isEmpty()).isPresent();
    }

    private RiskLevel level(Resource resource)
    {
        return index.risk(resource.id()).map(RiskScore::level).orElse(null);
    }

    private Strategy strategy(String resourceId)
    {
        return index.recommendation(resourceId).map(Recommendation::strategy).orElse(null);
    }

    static String names(List<String> names)
    {
        if (names.size() <= NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES)) + " and " + (names.size() - NAMES) + " more";
    }
}

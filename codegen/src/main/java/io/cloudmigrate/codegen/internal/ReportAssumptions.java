package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The assumptions behind the report's numbers, each stated once with how many resources it applies
 * to. A cost estimate's basis is one line per resource ({@code price basis; note; note}): the same
 * note on many resources is one row here, not one sentence per resource.
 */
final class ReportAssumptions
{
    // The scoring stage words its notes so: "traffic: 0.1 GB/month to the internet and …, scaled from …".
    private static final String TRAFFIC_NOTE = "traffic: ";

    private final EstateIndex index;
    private final Assessment assessment;

    ReportAssumptions(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
        this.assessment = index.assessment();
    }

    List<ReportModel.AssumptionRow> rows()
    {
        List<ReportModel.AssumptionRow> rows = new ArrayList<>();
        SortedMap<String, Integer> prices = new TreeMap<>();
        SortedMap<String, Integer> notes = new TreeMap<>();
        SortedMap<String, Integer> sources = new TreeMap<>();
        for (CostEstimate cost : assessment.costs()) {
            String[] parts = cost.basis().split("; ");
            prices.merge(parts[0], 1, Integer::sum);
            for (int part = 1; part < parts.length; part++) {
                notes.merge(note(parts[part]), 1, Integer::sum);
            }
            new TreeSet<>(cost.sources().stream().map(PriceSource::toString).toList()).forEach(source -> sources.merge(source, 1, Integer::sum));
        }
        prices.forEach((basis, count) -> rows.add(row("Price basis", basis, count)));
        sources.forEach((source, count) -> rows.add(row("Price source", source, count)));
        if (prices.isEmpty()) {
            rows.add(new ReportModel.AssumptionRow("Price basis", "no price data: every amount is unknown", "-"));
        }
        notes.forEach((note, count) -> rows.add(row(topic(note), note, count)));
        SortedMap<Integer, Integer> windows = new TreeMap<>();
        assessment.inventory().utilization().stream().map(Utilization::windowDays).forEach(days -> windows.merge(days, 1, Integer::sum));
        windows.forEach((days, count) -> rows.add(row("Utilisation window", "CloudWatch summaries over " + days + " days", count)));
        if (windows.isEmpty()) {
            rows.add(new ReportModel.AssumptionRow("Utilisation window", "no CloudWatch utilisation in the inventory", "-"));
        }
        rows.add(new ReportModel.AssumptionRow("Dependencies", assessment.trafficRecords() + " VPC flow-log records; edges: " + edges(), "-"));
        rows.add(new ReportModel.AssumptionRow("Risk levels", riskBands() + " (score 0 to 100, the sum of named factors)", assessment.risks().size() + " resources"));
        TreeSet<String> rules = new TreeSet<>(assessment.recommendations().stream().map(Recommendation::ruleId).toList());
        rows.add(new ReportModel.AssumptionRow("Strategy rules", rules.isEmpty() ? "-" : String.join(", ", rules), assessment.recommendations().size() + " resources"));
        rows.add(new ReportModel.AssumptionRow("Business goals", RankingText.goals(assessment.ranking()), "-"));
        rows.add(new ReportModel.AssumptionRow("Ranking model", RankingText.model(assessment.ranking()), "-"));
        rows.add(new ReportModel.AssumptionRow("Wave verdict",
                "Not ready: a resource at critical risk or without a recommendation. Ready with conditions: high risk, an administration port open to the internet, "
                        + "unpriced cost, code without utilisation data, or traffic no security-group rule explains.", "-"));
        return rows;
    }

    /**
     * A note with its per-resource figures taken out, so that one assumption is one row: the traffic
     * volumes differ per resource, the way they were measured and charged does not.
     */
    private static String note(String note)
    {
        if (note.startsWith(TRAFFIC_NOTE) && note.contains(", ")) {
            return "traffic: volumes per resource from the flow logs, " + note.substring(note.indexOf(", ") + 2);
        }
        return note;
    }

    private static String topic(String note)
    {
        if (note.startsWith("one-off cost")) {
            return "Effort rate";
        }
        if (note.startsWith(TRAFFIC_NOTE)) {
            return "Traffic cost";
        }
        return "Sizing";
    }

    private static ReportModel.AssumptionRow row(String topic, String assumption, int resources)
    {
        return new ReportModel.AssumptionRow(topic, assumption, resources + (resources == 1 ? " resource" : " resources"));
    }

    private String edges()
    {
        List<String> edges = new ArrayList<>();
        for (EdgeKind kind : EdgeKind.values()) {
            long count = switch (kind) {
                case OBSERVED, CONFIGURED -> assessment.graph().edges().stream().filter(edge -> edge.kind() == kind).count();
                case ALLOWED -> index.allowed().count();
            };
            edges.add(count + " " + kind.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", edges);
    }

    /** The score bands of the risk levels, read from the scoring stage's own boundaries. */
    static String riskBands()
    {
        List<String> bands = new ArrayList<>();
        int start = 0;
        for (int score = 1; score <= 101; score++) {
            if (score == 101 || RiskLevel.of(score) != RiskLevel.of(start)) {
                bands.add(Labels.risk(RiskLevel.of(start)) + " " + start + "–" + (score - 1));
                start = score;
            }
        }
        return String.join(", ", bands);
    }
}

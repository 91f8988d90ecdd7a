package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the report readable, and quick to render, when the estate is large: what repeats per resource
 * is said once with a count. Past {@value #RESOURCE_DETAIL_LIMIT} workloads the resource appendix is one
 * line per resource (the reason of each recommendation stays in {@code assessment.json}), and past
 * {@value #WARNINGS_LISTED} inventory warnings they are counted per account, Region, service and code.
 * Both used to make most of the 1,560 pages of the report of 5,000 resources.
 */
final class ReportGroups
{
    static final int RESOURCE_DETAIL_LIMIT = 300;
    static final int WARNINGS_LISTED = 30;
    /** An item of one resource that no price source has, as {@code item (reason)}. */
    record Unpriced(String resource, String item) {}
    private static final int NAMES = 5;

    private ReportGroups() {}

    /** One row per item and reason, sorted by item, with the resources it is missing on. */
    static List<ReportModel.UnpricedRow> unpriced(List<Unpriced> items)
    {
        SortedMap<String, List<String>> byItem = new TreeMap<>();
        for (Unpriced item : items) {
            byItem.computeIfAbsent(item.item(), key -> new ArrayList<>()).add(item.resource());
        }
        List<ReportModel.UnpricedRow> rows = new ArrayList<>();
        byItem.forEach((item, names) -> rows.add(new ReportModel.UnpricedRow(item, names.size(), ReportFindings.names(names.stream().distinct().sorted().toList()))));
        return rows;
    }

    /** The warnings as they are, or, past {@value #WARNINGS_LISTED}, one row per account, Region, service and code with the first as example. */
    static List<ReportModel.WarningRow> warnings(List<ReportModel.WarningRow> warnings)
    {
        if (warnings.size() <= WARNINGS_LISTED) {
            return warnings;
        }
        Map<List<String>, ReportModel.WarningRow> first = new LinkedHashMap<>();
        SortedMap<List<String>, Integer> counts = new TreeMap<>((left, right) -> String.join("\u0000", left).compareTo(String.join("\u0000", right)));
        for (ReportModel.WarningRow warning : warnings) {
            List<String> key = List.of(warning.account(), warning.region(), warning.service(), warning.code());
            first.putIfAbsent(key, warning);
            counts.merge(key, 1, Integer::sum);
        }
        List<ReportModel.WarningRow> rows = new ArrayList<>();
        counts.forEach((key, count) -> {
            ReportModel.WarningRow example = first.get(key);
            rows.add(new ReportModel.WarningRow(example.account(), example.region(), example.service(), example.code(), count, example.input(), example.message()));
        });
        return rows;
    }
}

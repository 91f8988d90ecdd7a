package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a runbook's resources that stay, with each reason that several rows share said once,
 * numbered above the table, and named by its number in those rows. The synthetic estate's app tier
 * keeps 68 functions "already on AWS Lambda … a managed service on a supported version" (a hundred
 * characters each); at 1,000 instances the table's repeated reasons alone were six pages.
 *
 * @param reasons the shared reasons, in the order of their first row; the table names the first "reason 1"
 */
record RetainedRows(List<String> reasons, List<RunbookModel.Retained> rows)
{
    RetainedRows
    {
        reasons = List.copyOf(reasons);
        rows = List.copyOf(rows);
    }

    static RetainedRows of(List<RunbookModel.Retained> retained)
    {
        // counted and numbered by lookup, never iterated: the order is the rows'
        Map<String, Integer> uses = new HashMap<>();
        retained.forEach(row -> uses.merge(row.reason(), 1, Integer::sum));
        Map<String, Integer> numbers = new HashMap<>();
        List<String> reasons = new ArrayList<>();
        List<RunbookModel.Retained> rows = new ArrayList<>();
        for (RunbookModel.Retained row : retained) {
            if (uses.get(row.reason()) < 2 || row.reason().isEmpty()) {
                rows.add(row);
                continue;
            }
            Integer number = numbers.get(row.reason());
            if (number == null) {
                reasons.add(row.reason());
                number = reasons.size();
                numbers.put(row.reason(), number);
            }
            rows.add(new RunbookModel.Retained(row.name(), row.type(), row.location(), "reason " + number + " above", row.reachableFrom()));
        }
        return new RetainedRows(reasons, rows);
    }
}

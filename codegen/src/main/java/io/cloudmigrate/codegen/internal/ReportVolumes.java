package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Splits the PDF of a large report into volumes (Appendix A's rows, then Appendix C's purchase options per target), so that no single document holds the whole estate
 * while openhtmltopdf lays it out (about {@value PdfJobs#HEAP_PER_CHARACTER} bytes of heap a character,
 * 2.9 GB for the report of 50,000 resources, 98 % of it Appendix A's row per workload).
 *
 * <p>The split depends on the content only: a report whose Appendix A and C have at most
 * {@value #ROWS_PER_VOLUME} table lines together is one PDF, as before. A longer one becomes the main volume
 * ({@code readiness-report.pdf}: everything but Appendix A's rows, with a table of contents of every
 * volume) and appendix volumes ({@code readiness-report-volume-02.pdf}, …) of at most
 * {@value #ROWS_PER_VOLUME} rows each, taken in the appendix's order (by wave, then name), with a
 * section per wave they hold. At about 220 characters a compact row a volume is about 1.1 million
 * characters, some 300 MB of heap while it renders.
 */
final class ReportVolumes
{
    /** The most rows of Appendix A one PDF holds. */
    static final int ROWS_PER_VOLUME = 5_000;

    static final String MAIN_FILE = "readiness-report.pdf";

    private ReportVolumes() {}

    /** The appendix volumes of the report's Appendix A: none when its rows fit in one document. */
    static List<ReportModel.AppendixVolume> split(ReportModel report, int rowsPerVolume)
    {
        requireNonNull(report, "report is null");
        List<ReportModel.ResourceRow> rows = report.resources();
        if (rowsPerVolume < 1) {
            throw new IllegalArgumentException("rowsPerVolume is not positive: " + rowsPerVolume);
        }
        List<ReportModel.CommittedRow> committed = report.committedTargets();
        if (rows.size() + committed.stream().mapToInt(ReportVolumes::lines).sum() <= rowsPerVolume) {
            return List.of();
        }
        List<List<ReportModel.AppendixPart>> contents = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += rowsPerVolume) {
            contents.add(parts(rows, first, Math.min(rows.size(), first + rowsPerVolume)));
        }
        contents.addAll(committedParts(committed, rowsPerVolume));
        int count = 1 + contents.size();
        List<ReportModel.AppendixVolume> volumes = new ArrayList<>();
        for (List<ReportModel.AppendixPart> parts : contents) {
            int number = volumes.size() + 2;
            volumes.add(new ReportModel.AppendixVolume(
                    String.format(Locale.ROOT, "%s, volume %d of %d", report.title(), number, count),
                    report.estateName(), report.assessmentName(), report.asOf(), report.pageSize(),
                    number, count, file(number), MAIN_FILE, parts));
        }
        return List.copyOf(volumes);
    }

    /** The table lines of a target in Appendix C: one per option it is offered, and one for the others. */
    static int lines(ReportModel.CommittedRow row)
    {
        return row.terms().size() + (row.unknown().isEmpty() ? 0 : 1);
    }

    /** Appendix C in volumes of at most {@code rowsPerVolume} table lines, a target never split between two. */
    private static List<List<ReportModel.AppendixPart>> committedParts(List<ReportModel.CommittedRow> rows, int rowsPerVolume)
    {
        List<List<ReportModel.AppendixPart>> volumes = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int stop = start;
            int lines = 0;
            while (stop < rows.size() && (stop == start || lines + lines(rows.get(stop)) <= rowsPerVolume)) {
                lines += lines(rows.get(stop));
                stop++;
            }
            String heading = String.format(Locale.ROOT, "Appendix C, purchase options: targets %,d to %,d of %,d (%s to %s)",
                    start + 1, stop, rows.size(), rows.get(start).name(), rows.get(stop - 1).name());
            volumes.add(List.of(new ReportModel.AppendixPart("purchase-options-" + (volumes.size() + 1), heading, List.of(), rows.subList(start, stop))));
            start = stop;
        }
        return volumes;
    }

    static String file(int number)
    {
        return String.format(Locale.ROOT, "readiness-report-volume-%02d.pdf", number);
    }

    /** The rows from {@code first} (inclusive) to {@code end} (exclusive), a part per wave; rows come sorted by wave. */
    private static List<ReportModel.AppendixPart> parts(List<ReportModel.ResourceRow> rows, int first, int end)
    {
        List<ReportModel.AppendixPart> parts = new ArrayList<>();
        int start = first;
        while (start < end) {
            String wave = rows.get(start).wave();
            int stop = start;
            while (stop < end && rows.get(stop).wave().equals(wave)) {
                stop++;
            }
            int waveStart = start;
            while (waveStart > 0 && rows.get(waveStart - 1).wave().equals(wave)) {
                waveStart--;
            }
            int waveEnd = stop;
            while (waveEnd < rows.size() && rows.get(waveEnd).wave().equals(wave)) {
                waveEnd++;
            }
            List<ReportModel.ResourceRow> part = rows.subList(start, stop);
            String heading = String.format(Locale.ROOT, "Appendix A, %s: rows %,d to %,d of %,d (%s to %s)",
                    wave.equals("-") ? "resources in no wave" : "wave " + wave, start - waveStart + 1, stop - waveStart, waveEnd - waveStart, part.getFirst().name(), part.getLast().name());
            parts.add(new ReportModel.AppendixPart("resources-" + (parts.size() + 1), heading, part));
            start = stop;
        }
        return parts;
    }
}

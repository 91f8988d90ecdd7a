package io.cloudmigrate.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cloudmigrate flows} against DuckDB, each as its own process, on this machine:
 * {@code FlowLogBenchmark --launcher PATH [--records N] [--runs R] [--directory DIR]}.
 *
 * <p>For each of two generated version 2 files of N records (default 5 million), request records only and
 * both directions with internet-scanner noise (see {@link FlowLogGenerator}):
 * <ol>
 * <li>runs {@code LAUNCHER flows --out traffic.json FILE} as a user types it (the packaged jar through the
 *     launcher, with {@code JAVA_OPTS=-Xmx512m} so that the heap bound is real), and DuckDB doing the same
 *     aggregation and writing its result as JSON ({@link DuckDbSide}, a fresh JVM with {@code -Xmx512m}),
 *     R times each (default 7), alternating which goes first;</li>
 * <li>checks that both sides agree: edge for edge on the request file, which has nothing to fold, and on
 *     the totals of records, accepted and rejected flows, packets and bytes on the noisy one, where
 *     CloudMigrate folds responses and scanners and DuckDB does not;</li>
 * <li>prints the median wall time and the median CPU time (user + sys, from {@code /usr/bin/time}) of each
 *     side, their ratios, and peak heap and RSS.</li>
 * </ol>
 *
 * Exits with 1 when the two sides disagree. Not a unit test: unit tests are never timed.
 */
public final class FlowLogBenchmark
{
    private FlowLogBenchmark() {}

    public static void main(String[] arguments)
            throws IOException, InterruptedException
    {
        long records = 5_000_000;
        // Enough that the median is not decided by a noisy run or two on a shared machine.
        int runs = 7;
        Path directory = Path.of("target", "flow-log-benchmark");
        Path launcher = null;
        for (int index = 0; index + 1 < arguments.length; index += 2) {
            switch (arguments[index]) {
                case "--records" -> records = Long.parseLong(arguments[index + 1]);
                case "--runs" -> runs = Integer.parseInt(arguments[index + 1]);
                case "--directory" -> directory = Path.of(arguments[index + 1]);
                case "--launcher" -> launcher = Path.of(arguments[index + 1]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + arguments[index] + "; use --launcher, --records, --runs or --directory");
            }
        }
        if (launcher == null) {
            throw new IllegalArgumentException("--launcher is required: the cloudmigrate launcher script of a packaged build");
        }
        Files.createDirectories(directory);
        System.out.printf(Locale.ROOT, "%d cores; load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        boolean agreed = true;
        List<String> summaries = new ArrayList<>();
        for (FlowLogGenerator.Kind kind : FlowLogGenerator.Kind.values()) {
            Path flowLog = directory.resolve("flows-v2-" + kind.name().toLowerCase(Locale.ROOT) + "-" + records + ".log");
            if (!Files.exists(flowLog)) {
                long started = System.nanoTime();
                FlowLogGenerator.generate(flowLog, records, kind);
                System.out.printf(Locale.ROOT, "generated %s: %,d records, %,d MB in %.1f s%n", flowLog, records, Files.size(flowLog) >> 20,
                        (System.nanoTime() - started) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%s: %s, %,d MB%n", kind, flowLog, Files.size(flowLog) >> 20);
            Path cloudMigrateOutput = directory.resolve("traffic-" + kind.name().toLowerCase(Locale.ROOT) + ".json");
            Path duckDbOutput = directory.resolve("duckdb-" + kind.name().toLowerCase(Locale.ROOT) + ".json");
            Sides sides = new Sides(launcher, directory);
            List<Measured> cloudMigrateRuns = new ArrayList<>();
            List<Measured> duckDbRuns = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                // Each side goes first every other run, so that neither always follows the other's use of the caches.
                boolean duckDbFirst = run % 2 == 1;
                Measured first = duckDbFirst ? sides.duckDb(flowLog, duckDbOutput) : sides.cloudMigrate(flowLog, cloudMigrateOutput);
                Measured second = duckDbFirst ? sides.cloudMigrate(flowLog, cloudMigrateOutput) : sides.duckDb(flowLog, duckDbOutput);
                Measured duckDb = duckDbFirst ? first : second;
                Measured cloudMigrate = duckDbFirst ? second : first;
                System.out.printf(Locale.ROOT, "  run %d: cloudmigrate %s; duckdb %s%n", run, cloudMigrate, duckDb);
                cloudMigrateRuns.add(cloudMigrate);
                duckDbRuns.add(duckDb);
            }
            Agreement agreement = Agreement.of(kind, cloudMigrateOutput, duckDbOutput);
            System.out.println("  " + agreement.description());
            agreed &= agreement.agreed();
            summaries.add(summary(kind, runs, cloudMigrateRuns, duckDbRuns));
        }
        summaries.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "load average now %s: other processes on this machine lengthen wall times; CPU times are disturbed less%n", loadAverage());
        if (!agreed) {
            System.exit(1);
        }
    }

    private static String summary(FlowLogGenerator.Kind kind, int runs, List<Measured> cloudMigrateRuns, List<Measured> duckDbRuns)
    {
        double cloudMigrateWall = median(cloudMigrateRuns, Measured::wallSeconds);
        double duckDbWall = median(duckDbRuns, Measured::wallSeconds);
        double cloudMigrateCpu = median(cloudMigrateRuns, Measured::cpuSeconds);
        double duckDbCpu = median(duckDbRuns, Measured::cpuSeconds);
        double wallRatio = duckDbWall / cloudMigrateWall;
        return String.format(Locale.ROOT, "%s, median of %d: wall cloudmigrate %.2f s, duckdb %.2f s, %.2fx (target 2x: %s); cpu cloudmigrate %.2f s, duckdb %.2f s, %.2fx;"
                        + " cloudmigrate peak heap %s MB, peak rss %s MB",
                kind, runs, cloudMigrateWall, duckDbWall, wallRatio, wallRatio >= 2 ? "met" : "NOT met", cloudMigrateCpu, duckDbCpu, duckDbCpu / cloudMigrateCpu,
                max(cloudMigrateRuns, Measured::peakHeapMegabytes), max(cloudMigrateRuns, Measured::peakResidentMegabytes));
    }

    // The median, not the best: on a shared machine one lucky run of either side decides a best-of ratio.
    private static double median(List<Measured> runs, java.util.function.ToDoubleFunction<Measured> figure)
    {
        return runs.stream().mapToDouble(figure).sorted().skip(runs.size() / 2).findFirst().orElseThrow();
    }

    private static String max(List<Measured> runs, java.util.function.ToLongFunction<Measured> figure)
    {
        long max = runs.stream().mapToLong(figure).max().orElse(-1);
        return runs.stream().mapToLong(figure).anyMatch(value -> value < 0) ? "unknown" : Long.toString(max);
    }

    private static String loadAverage()
            throws IOException
    {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file) ? Files.readString(file).trim() : "unknown";
    }

    /** Figures of one run; -1 for a figure that could not be had. */
    record Measured(double wallSeconds, double cpuSeconds, long peakHeapMegabytes, long peakResidentMegabytes)
    {
        @Override
        public String toString()
        {
            return String.format(Locale.ROOT, "%.2f s wall, %.2f s cpu, heap %s, rss %s", wallSeconds, cpuSeconds,
                    peakHeapMegabytes < 0 ? "unknown" : peakHeapMegabytes + " MB", peakResidentMegabytes < 0 ? "unknown" : peakResidentMegabytes + " MB");
        }
    }
}

package io.cloudmigrate.graph.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CloudMigrate against DuckDB on one flow-log file, on this machine, in one run:
 * {@code FlowLogBenchmark [--records N] [--runs R] [--directory DIR]}.
 *
 * <ol>
 * <li>generates a version 2 file of N records (default 5 million), unless the directory already holds it;</li>
 * <li>aggregates it R times (default 7) with each side, alternating which goes first, each run a fresh JVM with
 *     {@code -Xmx512m} so that the whole-process time includes start-up and the heap bound is real;</li>
 * <li>checks that both sides give the same edges with the same counts, volumes and times;</li>
 * <li>prints the median whole-process time of each side, their ratio, and peak heap, RSS and CPU time.</li>
 * </ol>
 *
 * Exits with 1 when the two sides disagree. Not a unit test: unit tests are never timed.
 */
public final class FlowLogBenchmark
{
    private static final String HEAP = "-Xmx512m";

    private FlowLogBenchmark() {}

    public static void main(String[] arguments)
            throws IOException, InterruptedException
    {
        long records = 5_000_000;
        // Enough that the median is not decided by a noisy run or two on a shared machine.
        int runs = 7;
        Path directory = Path.of("target", "flow-log-benchmark");
        for (int index = 0; index + 1 < arguments.length; index += 2) {
            switch (arguments[index]) {
                case "--records" -> records = Long.parseLong(arguments[index + 1]);
                case "--runs" -> runs = Integer.parseInt(arguments[index + 1]);
                case "--directory" -> directory = Path.of(arguments[index + 1]);
                default -> throw new IllegalArgumentException("unknown option " + arguments[index] + "; use --records, --runs or --directory");
            }
        }
        Files.createDirectories(directory);
        Path flowLog = directory.resolve("flows-v2-" + records + ".log");
        if (!Files.exists(flowLog)) {
            long started = System.nanoTime();
            FlowLogGenerator.generate(flowLog, records, 20_000);
            System.out.printf(Locale.ROOT, "generated %s: %,d records, %,d MB in %.1f s%n", flowLog, records, Files.size(flowLog) >> 20, seconds(System.nanoTime() - started));
        }
        System.out.printf(Locale.ROOT, "input %s: %,d MB; %d cores; child JVMs %s%n", flowLog, Files.size(flowLog) >> 20, Runtime.getRuntime().availableProcessors(), HEAP);

        Path duckDbEdges = directory.resolve("edges-duckdb.csv");
        Path cloudMigrateEdges = directory.resolve("edges-cloudmigrate.csv");
        List<Run> duckDbRuns = new ArrayList<>();
        List<Run> cloudMigrateRuns = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            // Each side goes first every other run, so that neither always follows the other's use of the caches.
            boolean duckDbFirst = run % 2 == 1;
            Run first = duckDbFirst ? run(DuckDbSide.class, flowLog, duckDbEdges) : run(CloudMigrateSide.class, flowLog, cloudMigrateEdges);
            Run second = duckDbFirst ? run(CloudMigrateSide.class, flowLog, cloudMigrateEdges) : run(DuckDbSide.class, flowLog, duckDbEdges);
            Run duckDb = duckDbFirst ? first : second;
            Run cloudMigrate = duckDbFirst ? second : first;
            System.out.printf(Locale.ROOT, "run %d: duckdb %.2f s (%s), cloudmigrate %.2f s (%s)%n", run, duckDb.seconds, duckDb.figures, cloudMigrate.seconds, cloudMigrate.figures);
            duckDbRuns.add(duckDb);
            cloudMigrateRuns.add(cloudMigrate);
        }

        List<String> expected = sortedLines(duckDbEdges);
        List<String> actual = sortedLines(cloudMigrateEdges);
        long expectedBytes = byteTotal(expected);
        long actualBytes = byteTotal(actual);
        boolean same = expected.equals(actual);
        System.out.printf(Locale.ROOT, "edges: duckdb %,d, cloudmigrate %,d; accepted bytes: duckdb %,d, cloudmigrate %,d; identical: %s%n",
                expected.size(), actual.size(), expectedBytes, actualBytes, same ? "yes" : "NO");
        // The median, not the best: on a shared machine one lucky run of either side decides a best-of ratio.
        Run duckDb = median(duckDbRuns);
        Run cloudMigrate = median(cloudMigrateRuns);
        double ratio = duckDb.seconds / cloudMigrate.seconds;
        System.out.printf(Locale.ROOT, "median whole-process time of %d runs: duckdb %.2f s, cloudmigrate %.2f s; cloudmigrate is %.2fx faster (target 2x: %s)%n",
                runs, duckDb.seconds, cloudMigrate.seconds, ratio, ratio >= 2 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "median runs: cloudmigrate %s; duckdb %s%n", cloudMigrate.figures, duckDb.figures);
        System.out.printf(Locale.ROOT, "load average now %s (other processes on this machine skew wall times; compare cpu-s too)%n",
                Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "unknown");
        if (!same) {
            System.exit(1);
        }
    }

    private record Run(double seconds, String figures) {}

    private static Run median(List<Run> runs)
    {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Run::seconds));
        return sorted.get(sorted.size() / 2);
    }

    private static Run run(Class<?> side, Path flowLog, Path edges)
            throws IOException, InterruptedException
    {
        Files.deleteIfExists(edges);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                side.getName(), flowLog.toString(), edges.toString());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - started;
        if (exit != 0) {
            throw new IllegalStateException(side.getSimpleName() + " failed with exit code " + exit + ":\n" + output);
        }
        String figures = output.lines().filter(line -> line.startsWith(ProcessFigures.PREFIX)).findFirst()
                .map(line -> line.substring(ProcessFigures.PREFIX.length()).trim()).orElse("no figures");
        return new Run(seconds(elapsed), figures);
    }

    private static List<String> sortedLines(Path file)
            throws IOException
    {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    private static long byteTotal(List<String> lines)
    {
        long total = 0;
        for (String line : lines) {
            total += Long.parseLong(line.split(",")[7]);
        }
        return total;
    }

    private static double seconds(long nanoseconds)
    {
        return nanoseconds / 1e9;
    }
}

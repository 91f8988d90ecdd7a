package io.cloudmigrate.graph.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Runs one side of the benchmark as its own process and measures it: wall time here, CPU time and peak
 * RSS through {@code /usr/bin/time} (unknown without it), peak heap from the JVM's GC log (the heap grows
 * only between collections, so its peak is the largest size before a collection or at exit).
 */
final class Sides
{
    private static final String HEAP = "-Xmx512m";
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern BEFORE_COLLECTION = Pattern.compile("\\) (\\d+)M->\\d+M");
    // JDK 25 prints the heap at exit under gc+exit (gc+heap+exit prints nothing): one "total …, used NK" line per
    // generation (Serial, Parallel) or one for the whole heap (G1); Metaspace lines carry no "total".
    private static final String GC_LOG = "-Xlog:gc,gc+exit:file=";
    private static final Pattern USED_AT_EXIT = Pattern.compile("total .*used (\\d+)K");

    private final Path launcher;
    private final Path timings;
    private final Path gcLog;

    Sides(Path launcher, Path directory)
    {
        this.launcher = requireNonNull(launcher, "launcher is null");
        this.timings = directory.resolve("time.txt");
        this.gcLog = directory.resolve("gc.log");
    }

    /** {@code cloudmigrate flows --out OUTPUT FLOW_LOG}, as a user types it, with the heap bounded. */
    FlowLogBenchmark.Measured cloudMigrate(Path flowLog, Path output)
            throws IOException, InterruptedException
    {
        Files.deleteIfExists(output);
        List<String> command = List.of(launcher.toString(), "flows", "--out", output.toString(), flowLog.toString());
        String options = HEAP + " " + GC_LOG + gcLog.toAbsolutePath();
        return run(command, options, output);
    }

    /** DuckDB over JDBC in a fresh JVM with the same heap bound. */
    FlowLogBenchmark.Measured duckDb(Path flowLog, Path output)
            throws IOException, InterruptedException
    {
        Files.deleteIfExists(output);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, GC_LOG + gcLog.toAbsolutePath(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), DuckDbSide.class.getName(), flowLog.toString(), output.toString());
        return run(command, null, output);
    }

    private FlowLogBenchmark.Measured run(List<String> command, String javaOptions, Path output)
            throws IOException, InterruptedException
    {
        Files.deleteIfExists(timings);
        Files.deleteIfExists(gcLog);
        boolean timed = Files.isExecutable(TIME);
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-o", timings.toString(), "-f", "%U %S %M"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        if (javaOptions != null) {
            builder.environment().put("JAVA_OPTS", javaOptions);
        }
        long started = System.nanoTime();
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        if (exit != 0 || !Files.exists(output)) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit + ":\n" + printed);
        }
        double cpu = -1;
        long resident = -1;
        if (timed) {
            String[] figures = Files.readAllLines(timings).getLast().trim().split(" ");
            cpu = Double.parseDouble(figures[0]) + Double.parseDouble(figures[1]);
            resident = Long.parseLong(figures[2]) >> 10;
        }
        return new FlowLogBenchmark.Measured(wall, cpu, peakHeapMegabytes(), resident);
    }

    private long peakHeapMegabytes()
            throws IOException
    {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peak = -1;
        long usedAtExitKilobytes = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher before = BEFORE_COLLECTION.matcher(line);
            if (line.contains("Pause") && before.find()) {
                peak = Math.max(peak, Long.parseLong(before.group(1)));
            }
            Matcher used = USED_AT_EXIT.matcher(line);
            if (line.contains("gc,exit") && used.find()) {
                // A run too short to collect (Serial's young generation may hold all of it) has only this figure.
                usedAtExitKilobytes = Math.max(usedAtExitKilobytes, 0) + Long.parseLong(used.group(1));
            }
        }
        return Math.max(peak, usedAtExitKilobytes < 0 ? -1 : usedAtExitKilobytes >> 10);
    }
}

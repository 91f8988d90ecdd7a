package io.cloudmigrate.graph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a benchmark side reports about its own process when it is done, on one line the driver reads.
 */
final class ProcessFigures
{
    static final String PREFIX = "figures:";

    private ProcessFigures() {}

    /**
     * {@code figures: peak-heap-mb=N peak-rss-mb=N cpu-s=S}: RSS from /proc (so Linux only; -1 elsewhere),
     * and the CPU time of the whole process, native threads included, which a busy machine disturbs
     * less than wall time.
     */
    static String line()
    {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        double cpuSeconds = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system
                ? system.getProcessCpuTime() / 1e9
                : -1;
        return PREFIX + " peak-heap-mb=" + (heap >> 20) + " peak-rss-mb=" + peakResidentMegabytes() + String.format(java.util.Locale.ROOT, " cpu-s=%.2f", cpuSeconds);
    }

    private static long peakResidentMegabytes()
    {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        }
        catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

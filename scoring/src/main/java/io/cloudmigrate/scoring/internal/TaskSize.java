package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The size of one ECS task for pricing: the task definition's task-level CPU and memory, else the sum
 * of its containers', else {@link ServerlessEstimates}' default task; rounded up to the smallest
 * size Fargate offers that holds it, since Fargate bills the task size, not what the containers ask.
 *
 * @param basis where the figures come from, in words, for the cost basis
 */
record TaskSize(double vcpu, double memoryGb, String basis)
{
    private static final double CPU_UNITS_PER_VCPU = 1024;
    private static final double MIB_PER_GB = 1024;

    /**
     * The CPU and memory combinations Fargate supports (Amazon ECS developer guide, "Task CPU and
     * memory"), smallest CPU first, each with its memory sizes in MiB, smallest first.
     */
    private static final List<FargateCpu> FARGATE_SIZES = List.of(
            new FargateCpu(256, List.of(512, 1024, 2048)),
            new FargateCpu(512, mebibytes(1, 4, 1)),
            new FargateCpu(1024, mebibytes(2, 8, 1)),
            new FargateCpu(2048, mebibytes(4, 16, 1)),
            new FargateCpu(4096, mebibytes(8, 30, 1)),
            new FargateCpu(8192, mebibytes(16, 60, 4)),
            new FargateCpu(16384, mebibytes(32, 120, 8)));

    static TaskSize of(ResourceDetails.TaskDefinition definition)
    {
        String assumed = "ECS task size not in the inventory; " + ServerlessEstimates.DEFAULT_TASK_VCPU + " vCPU / "
                + ServerlessEstimates.DEFAULT_TASK_MEMORY_GB + " GB per task assumed";
        if (definition == null) {
            return new TaskSize(ServerlessEstimates.DEFAULT_TASK_VCPU, ServerlessEstimates.DEFAULT_TASK_MEMORY_GB, assumed);
        }
        int cpuUnits = definition.cpu() > 0 ? definition.cpu() : definition.containers().stream().mapToInt(ResourceDetails.Container::cpu).sum();
        int memoryMb = definition.memoryMb() > 0 ? definition.memoryMb() : definition.containers().stream().mapToInt(ResourceDetails.Container::memoryMb).sum();
        int askedCpu = cpuUnits > 0 ? cpuUnits : (int) (ServerlessEstimates.DEFAULT_TASK_VCPU * CPU_UNITS_PER_VCPU);
        int askedMemory = memoryMb > 0 ? memoryMb : (int) (ServerlessEstimates.DEFAULT_TASK_MEMORY_GB * MIB_PER_GB);
        String name = definition.family() == null ? "the task definition" : "task definition " + definition.family() + ":" + definition.revision();
        String asked = format(askedCpu / CPU_UNITS_PER_VCPU) + " vCPU / " + format(askedMemory / MIB_PER_GB) + " GB";
        String basis = cpuUnits > 0 && memoryMb > 0
                ? "ECS task size from " + name + ": " + asked + " per task"
                : "ECS task size partly unknown in " + name + "; " + asked + " per task assumed";
        Optional<FargateSize> fargate = fargate(askedCpu, askedMemory);
        if (fargate.isEmpty()) {
            return new TaskSize(askedCpu / CPU_UNITS_PER_VCPU, askedMemory / MIB_PER_GB, basis + ", more than Fargate's largest task (16 vCPU / 120 GB)");
        }
        double vcpu = fargate.get().cpuUnits() / CPU_UNITS_PER_VCPU;
        double memoryGb = fargate.get().memoryMb() / MIB_PER_GB;
        return fargate.get().equals(new FargateSize(askedCpu, askedMemory))
                ? new TaskSize(vcpu, memoryGb, basis)
                : new TaskSize(vcpu, memoryGb, basis + ", priced as the smallest Fargate size that holds it, " + format(vcpu) + " vCPU / " + format(memoryGb) + " GB");
    }

    /** The smallest Fargate size that holds the request; empty when none does. */
    static Optional<FargateSize> fargate(int cpuUnits, int memoryMb)
    {
        for (FargateCpu size : FARGATE_SIZES) {
            if (size.cpuUnits() >= cpuUnits) {
                Optional<Integer> memory = size.memoryMb().stream().filter(candidate -> candidate >= memoryMb).findFirst();
                if (memory.isPresent()) {
                    return Optional.of(new FargateSize(size.cpuUnits(), memory.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Integer> mebibytes(int fromGb, int toGb, int stepGb)
    {
        return IntStream.iterate(fromGb, gb -> gb <= toGb, gb -> gb + stepGb).map(gb -> gb * 1024).boxed().toList();
    }

    private static String format(double value)
    {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    /** A task size Fargate offers: CPU units (1024 to a vCPU) and memory in MiB. */
    record FargateSize(int cpuUnits, int memoryMb) {}

    private record FargateCpu(int cpuUnits, List<Integer> memoryMb) {}
}

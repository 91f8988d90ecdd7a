package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.Locale;

/**
 * The size of one ECS task for pricing: the task definition's task-level CPU and memory, else the sum
 * of its containers', else {@link ServerlessEstimates}' default task.
 *
 * @param basis where the figures come from, in words, for the cost basis
 */
record TaskSize(double vcpu, double memoryGb, String basis)
{
    private static final double CPU_UNITS_PER_VCPU = 1024;
    private static final double MIB_PER_GB = 1024;

    static TaskSize of(ResourceDetails.TaskDefinition definition)
    {
        String assumed = "ECS task size not in the inventory; " + ServerlessEstimates.DEFAULT_TASK_VCPU + " vCPU / "
                + ServerlessEstimates.DEFAULT_TASK_MEMORY_GB + " GB per task assumed";
        if (definition == null) {
            return new TaskSize(ServerlessEstimates.DEFAULT_TASK_VCPU, ServerlessEstimates.DEFAULT_TASK_MEMORY_GB, assumed);
        }
        int cpuUnits = definition.cpu() > 0 ? definition.cpu() : definition.containers().stream().mapToInt(ResourceDetails.Container::cpu).sum();
        int memoryMb = definition.memoryMb() > 0 ? definition.memoryMb() : definition.containers().stream().mapToInt(ResourceDetails.Container::memoryMb).sum();
        double vcpu = cpuUnits > 0 ? cpuUnits / CPU_UNITS_PER_VCPU : ServerlessEstimates.DEFAULT_TASK_VCPU;
        double memoryGb = memoryMb > 0 ? memoryMb / MIB_PER_GB : ServerlessEstimates.DEFAULT_TASK_MEMORY_GB;
        String name = definition.family() == null ? "the task definition" : "task definition " + definition.family() + ":" + definition.revision();
        String basis = cpuUnits > 0 && memoryMb > 0
                ? "ECS task size from " + name + ": " + format(vcpu) + " vCPU / " + format(memoryGb) + " GB per task"
                : "ECS task size partly unknown in " + name + "; " + format(vcpu) + " vCPU / " + format(memoryGb) + " GB per task assumed";
        return new TaskSize(vcpu, memoryGb, basis);
    }

    private static String format(double value)
    {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
    }
}

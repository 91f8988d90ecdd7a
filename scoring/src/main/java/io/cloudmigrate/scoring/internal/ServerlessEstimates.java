package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;

import java.util.Locale;
import java.util.OptionalDouble;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;

/**
 * Run-rate estimates for a workload rewritten to run on AWS Lambda or AWS Fargate, sized from the
 * utilisation of the instance it replaces.
 */
final class ServerlessEstimates
{
    /** Lambda allocates one vCPU at 1,769 MB of memory (AWS Lambda developer guide, memory and computing power). */
    static final double LAMBDA_GB_PER_VCPU = 1.769;
    /** A duty cycle is low when the CPU p95 exceeds the average this many times (rule G5, docs/7R-RULES.md). */
    static final double LOW_DUTY_CYCLE_RATIO = 4;
    /** … and the average stays below this percentage (rule G5, docs/7R-RULES.md). */
    static final double LOW_DUTY_CYCLE_AVERAGE_LIMIT = 10;
    /** Fargate tasks are sized so that the instance's CPU p95 uses this share of them (judgement). */
    static final double FARGATE_TARGET_UTILIZATION = 0.7;
    /** The vCPU sizes Fargate offers. */
    static final double[] FARGATE_VCPU_SIZES = {0.25, 0.5, 1, 2, 4, 8, 16};
    /** Task size assumed when the inventory does not say (ECS task definitions are not read). */
    static final double DEFAULT_TASK_VCPU = 0.5;
    static final double DEFAULT_TASK_MEMORY_GB = 1;

    /** Lambda for a low duty cycle, Fargate otherwise; sized as the whole instance when there is no utilisation. */
    PricedTarget refactor(InstanceType type, Usage usage, PriceLookup prices)
    {
        OptionalDouble average = usage.average(MetricName.CPU_UTILIZATION);
        OptionalDouble p95 = usage.p95(MetricName.CPU_UTILIZATION);
        if (average.isPresent() && p95.isPresent() && lowDutyCycle(average.getAsDouble(), p95.getAsDouble())) {
            double busyVcpuSeconds = type.vcpus() * average.getAsDouble() / 100 * HOURS_PER_MONTH * 3600;
            double monthly = busyVcpuSeconds * LAMBDA_GB_PER_VCPU * prices.required("lambda.gb-second.x86_64", "Lambda compute (GB-seconds)");
            prices.commitUsage("lambda.gb-second.x86_64", busyVcpuSeconds * LAMBDA_GB_PER_VCPU);
            prices.note("Lambda estimate: the instance's busy vCPU time (average CPU × vCPUs) at 1,769 MB per vCPU; requests not counted");
            return PricedTarget.of("AWS Lambda (low duty cycle)", monthly, prices);
        }
        double needed = type.vcpus() * (p95.isPresent() ? p95.getAsDouble() / 100 / FARGATE_TARGET_UTILIZATION : 1);
        double vcpu = FARGATE_VCPU_SIZES[FARGATE_VCPU_SIZES.length - 1];
        for (double size : FARGATE_VCPU_SIZES) {
            if (size >= needed) {
                vcpu = size;
                break;
            }
        }
        // Fargate allows 2 to 8 GB per vCPU (0.5 to 2 GB at 0.25 vCPU); keep the instance's own ratio inside that.
        double memory = vcpu * Math.max(2, Math.min(8, type.memoryGibPerVcpu()));
        prices.note(p95.isPresent()
                ? "Fargate estimate: one always-on task sized for the instance's CPU p95 at " + Math.round(FARGATE_TARGET_UTILIZATION * 100) + "% use"
                : "Fargate estimate: one always-on task as large as the instance (no utilisation data)");
        return PricedTarget.of(String.format(Locale.ROOT, "AWS Fargate task, %s vCPU / %s GB", number(vcpu), number(memory)), fargateMonthly(vcpu, memory, prices), prices);
    }

    static boolean lowDutyCycle(double average, double p95)
    {
        return average < LOW_DUTY_CYCLE_AVERAGE_LIMIT && p95 > average * LOW_DUTY_CYCLE_RATIO;
    }

    static double fargateMonthly(double vcpu, double memoryGb, PriceLookup prices)
    {
        return fargateMonthly(1, vcpu, memoryGb, prices);
    }

    /** Always-on tasks of one size; their vCPU and memory hours are the parts a Compute Savings Plan covers. */
    static double fargateMonthly(int tasks, double vcpu, double memoryGb, PriceLookup prices)
    {
        double monthly = tasks * HOURS_PER_MONTH * (vcpu * prices.required("fargate.vcpu-hour.x86_64", "Fargate vCPU hours")
                + memoryGb * prices.required("fargate.gb-hour.x86_64", "Fargate memory hours"));
        prices.commitUsage("fargate.vcpu-hour.x86_64", tasks * vcpu * HOURS_PER_MONTH);
        prices.commitUsage("fargate.gb-hour.x86_64", tasks * memoryGb * HOURS_PER_MONTH);
        return monthly;
    }

    private static String number(double value)
    {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

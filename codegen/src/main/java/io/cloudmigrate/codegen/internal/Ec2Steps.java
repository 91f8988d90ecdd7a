package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.Strategy;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * Runbook steps for moving an EC2 instance: with AWS Application Migration Service (Rehost), as an
 * AMI shared with the target account (Relocate), or rebuilt on a new platform (Replatform).
 */
final class Ec2Steps
{
    private Ec2Steps() {}

    static void add(MoveSteps.Phases phases, StepContext context, Strategy strategy, ResourceDetails.Ec2Instance instance)
    {
        String id = code(orUnknown(instance.instanceId()));
        String imageVariable = Identifiers.imageVariable(instance.imageId());
        phases.preCheck("Record " + id + ": " + escape(known(instance.instanceType(), "instance type unknown")) + ", " + escape(known(instance.platform(), "platform unknown"))
                + (instance.operatingSystem() == null ? "" : " (" + escape(instance.operatingSystem()) + ")")
                + ", " + instance.ebsVolumeIds().size() + " EBS volume(s), " + instance.storageGb() + " GiB.");
        if (!instance.software().isEmpty()) {
            phases.preCheck("Check licences and supported versions of the installed software: " + names(instance.software()) + ".");
        }
        if (!"required".equals(instance.imdsHttpTokens())) {
            phases.preCheck("The source allows IMDSv1; the target requires IMDSv2: check that agents and SDKs on it use IMDSv2 tokens.");
        }
        switch (strategy) {
            case REHOST -> {
                phases.replication("Install the AWS Application Migration Service (MGN) replication agent on " + id + " and wait until its data replication is healthy.");
                phases.replication("Launch an MGN test instance and run the validation steps below against it.");
            }
            case RELOCATE -> phases.replication("Create an AMI of " + id + " with its volumes and share it, with the KMS key of its snapshots, with the target account.");
            case REPLATFORM -> phases.replication("Build the target image for " + context.target() + " and install the application on it.");
            case RETIRE, RETAIN, REPURCHASE, REFACTOR -> throw new IllegalArgumentException("not a move: " + strategy);
        }
        if (!instance.ebsVolumeIds().isEmpty()) {
            phases.replication("Snapshot the EBS volumes " + names(instance.ebsVolumeIds()) + " as the rollback point.");
        }
        if (context.generated()) {
            phases.replication("Set " + code(imageVariable) + " to the target image (for MGN, the AMI of the cutover launch).");
        }
        phases.replication(MoveSteps.create(context, "aws_instance", true));
        phases.cutover(strategy == Strategy.REHOST
                ? "Stop the application on " + id + " and let MGN finish the final sync."
                : "Stop the application on " + id + ".");
        if (!context.loadBalancers().isEmpty()) {
            phases.cutover("Make sure the target instance is registered behind " + names(context.loadBalancers()) + " and deregister " + id + ".");
        }
        phases.cutover("Point DNS records and callers at the target's private IP address (output " + code(context.terraformName() + "_private_ip") + ").");
        phases.validation("Both EC2 status checks pass and the application answers on its ports.");
        MoveSteps.validateDependencies(phases, context);
        context.metric(MetricName.CPU_UTILIZATION).ifPresent(cpu -> phases.validation("CPU stays near the source's: p95 " + number(cpu.p95()) + "% over "
                + context.windowDays() + " days."));
        String region = ShellText.quote(context.resource().region());
        phases.rollback("Point DNS and load balancer targets back to " + id + " and start it; it stays stopped, not terminated, until sign-off."
                + (instance.instanceId() == null ? "" : " Run " + code("aws ec2 start-instances --region " + region + " --instance-ids " + ShellText.quote(instance.instanceId())
                        + " --query 'StartingInstances[].CurrentState.Name' --output text") + "; expect " + code("pending") + ", then " + code("running") + "."));
        phases.rollback("Stop the target instance and record the cause in the sign-off table."
                + (!context.generated() ? "" : " Run " + code("aws ec2 stop-instances --region " + region + " --instance-ids "
                        + ShellText.terraformOutput(context.waveLabel(), context.terraformName() + "_instance_id") + " --query 'StoppingInstances[].CurrentState.Name' --output text")
                        + "; expect " + code("stopping") + "."));
    }

    // a fact the inventory lacks reads as unknown, never as "null"
    private static String known(String value, String unknown)
    {
        return value == null || value.isBlank() ? unknown : value;
    }
}

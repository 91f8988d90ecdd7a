package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.aws.AwsScan;
import io.cloudmigrate.discovery.aws.IamPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate iam-policy}: prints the read-only IAM policy {@code scan} needs.
 */
@Command(
        name = "iam-policy",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Print the read-only IAM policy that 'scan' and pricing need.",
        description = {
                "Prints the read-only IAM policy document the scan needs: the Describe, List and Get actions each scanner declares. "
                        + "Attach it to the role or user that runs 'cloudmigrate scan'. A second statement allows reading flow-log records back, "
                        + "a third reading AWS list prices and Savings Plans rates (pricing:GetProducts, savingsplans:DescribeSavingsPlansOfferingRates) for 'assess' and 'prices refresh'."})
public final class IamPolicyCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Override
    public Integer call()
    {
        spec.commandLine().getOut().print(IamPolicy.document(AwsScan.factories()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

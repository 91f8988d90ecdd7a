package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.aws.AwsScan;
import io.cloudmigrate.discovery.aws.AwsScanOptions;
import io.cloudmigrate.discovery.aws.ScanResult;
import io.cloudmigrate.discovery.aws.ScanStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate scan}: reads AWS accounts live with the SDK and writes {@code inventory.json}.
 */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Read AWS accounts live with the AWS SDK into inventory.json.",
        description = {
                "Reads AWS accounts live and writes an inventory. Credentials come from the standard AWS chain (environment, profile, SSO, "
                        + "instance role); they are never printed or written. Denied calls, opted-out regions and services a region lacks become "
                        + "warnings: the scan goes on.",
                "Run 'cloudmigrate iam-policy' for the read-only policy the scan needs."})
public final class ScanCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write inventory.json.")
    Path output;

    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile of the shared AWS config (default: the credential chain).")
    String profile;

    @Option(names = "--regions", split = ",", paramLabel = "REGION", description = "Regions to scan, comma-separated, or 'all' for every enabled region (default: the SDK's default region).")
    List<String> regions = List.of();

    @Option(names = "--role-arn", paramLabel = "ARN", description = "Role to assume in an account to scan; repeat for several accounts.")
    List<String> roleArns = List.of();

    @Option(names = "--organization", description = "Scan every active account of the caller's AWS Organization (needs --role-name).")
    boolean organization;

    @Option(names = "--role-name", paramLabel = "NAME", description = "With --organization: the role assumed in each member account.")
    String roleName;

    @Option(names = "--external-id", paramLabel = "ID", description = "External id to pass when assuming roles.")
    String externalId;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Point every AWS client at this endpoint (an emulator such as moto). Default: AWS_ENDPOINT_URL, else AWS.")
    URI endpoint;

    @Option(names = "--concurrency", paramLabel = "N", description = "Service scans (account x region x service) running at once (default: ${DEFAULT-VALUE}).")
    int concurrency = AwsScanOptions.CONCURRENCY_DEFAULT;

    @Option(names = "--metrics-days", paramLabel = "N",
            description = "Days of daily CloudWatch utilisation to read, 1-" + AwsScanOptions.METRICS_DAYS_MAXIMUM + " (default: ${DEFAULT-VALUE}, the window "
                    + "the 7R rules judge idle and zombie resources over; CloudWatch keeps daily data for 455 days).")
    int metricsDays = AwsScanOptions.METRICS_DAYS_DEFAULT;

    @Option(names = "--strict", description = "Exit with code 3 when the scan recorded warnings.")
    boolean strict;

    @Option(names = "--name", paramLabel = "NAME", description = "Estate name for reports (default: aws).")
    String name = "aws";

    @Mixin
    SummaryOutput summary;

    @Override
    public Integer call()
    {
        if (organization != (roleName != null)) {
            throw new ParameterException(spec.commandLine(), "--organization and --role-name go together: --organization --role-name OrganizationAccountAccessRole");
        }
        if (concurrency < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1, not " + concurrency);
        }
        if (metricsDays < 1 || metricsDays > AwsScanOptions.METRICS_DAYS_MAXIMUM) {
            throw new ParameterException(spec.commandLine(), "--metrics-days must be from 1 to " + AwsScanOptions.METRICS_DAYS_MAXIMUM
                    + " (CloudWatch keeps daily data for 455 days), not " + metricsDays);
        }
        OutputPaths.checkFile(spec, "--out", output, "inventory.json");
        AwsScanOptions options = new AwsScanOptions(name, Optional.ofNullable(profile), regions, roleArns,
                Optional.ofNullable(roleName), Optional.ofNullable(externalId), Optional.ofNullable(endpoint), concurrency, metricsDays);
        Console console = new Console(spec.commandLine().getErr(), 2);
        ScanProgressPrinter progress = new ScanProgressPrinter(spec.commandLine().getErr(), ScanProgressPrinter.onTerminal());
        ScanResult result = AwsScan.run(options, progress::print);
        progress.finish();
        Inventory inventory = result.inventory();
        console.step("Writing " + output);
        JsonDocuments.write(output, inventory);
        console.done("done");
        summary.print(spec.commandLine().getOut(), SummaryDocuments.inventory(output, inventory, result.statistics()), out -> {
            Summaries.printInventory(out, inventory);
            printStatistics(out, result.statistics());
        });
        return strict && !inventory.warnings().isEmpty() ? ExitCodes.WARNINGS_WITH_STRICT : ExitCodes.OK;
    }

    private static void printStatistics(PrintWriter out, ScanStatistics statistics)
    {
        out.printf("API calls: %d, throttled attempts: %d, duration: %.1f s%n", statistics.apiCalls(), statistics.throttles(),
                statistics.duration().toMillis() / 1000.0);
        out.flush();
    }
}

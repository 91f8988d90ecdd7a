package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Utilization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code scan --metrics-days N}: an instance with daily CPU points 2, 80 and 200 days ago. The
 * default window of 90 days sees two of them, 14 days one, 455 days all three.
 */
class ScanMetricsDaysTest
{
    private static final Map<Integer, Double> CPU_BY_DAYS_AGO = Map.of(2, 40.0, 80, 60.0, 200, 10.0);

    @TempDir
    Path directory;

    @Test
    void theDefaultWindowIsNinetyDaysOfDailyPoints()
    {
        URI endpoint = Moto.reset();
        String instanceArn = seedInstance(endpoint);

        Utilization utilization = scan(endpoint, instanceArn);

        assertThat(utilization.windowDays()).isEqualTo(79);
        assertThat(cpu(utilization).datapoints()).isEqualTo(2);
        assertThat(cpu(utilization).average()).isEqualTo(50.0);
    }

    @Test
    void metricsDaysNarrowsOrWidensTheWindow()
    {
        URI endpoint = Moto.reset();
        String instanceArn = seedInstance(endpoint);

        Utilization twoWeeks = scan(endpoint, instanceArn, "--metrics-days", "14");
        Utilization fifteenMonths = scan(endpoint, instanceArn, "--metrics-days", "455");

        assertThat(twoWeeks.windowDays()).isEqualTo(1);
        assertThat(cpu(twoWeeks).datapoints()).isEqualTo(1);
        assertThat(cpu(twoWeeks).average()).isEqualTo(40.0);
        assertThat(fifteenMonths.windowDays()).isEqualTo(199);
        assertThat(cpu(fifteenMonths).datapoints()).isEqualTo(3);
        assertThat(cpu(fifteenMonths).average()).isCloseTo(110.0 / 3, within(1e-9));
    }

    @Test
    void metricsDaysOutsideWhatCloudWatchKeepsIsAUserError()
    {
        for (String days : new String[] {"0", "456"}) {
            CommandRun run = CommandRun.of("scan", "--out", directory.resolve("inventory.json").toString(), "--metrics-days", days);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USER_ERROR);
            assertThat(run.err()).contains("--metrics-days must be from 1 to 455", "not " + days);
        }
    }

    private Utilization scan(URI endpoint, String instanceArn, String... options)
    {
        Path output = directory.resolve("inventory-" + options.length + "-" + String.join("", options) + ".json");
        String[] arguments = new String[] {"scan", "--out", output.toString(), "--endpoint-url", endpoint.toString(), "--regions", "us-east-1"};
        String[] all = new String[arguments.length + options.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(options, 0, all, arguments.length, options.length);

        CommandRun run = CommandRun.of(all);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Inventory inventory = JsonDocuments.readInventory(output);
        assertThat(inventory.utilizationOf(instanceArn)).as("utilisation of %s", instanceArn).isPresent();
        return inventory.utilizationOf(instanceArn).orElseThrow();
    }

    private static MetricSummary cpu(Utilization utilization)
    {
        return utilization.metric(MetricName.CPU_UTILIZATION).orElseThrow();
    }

    private static String seedInstance(URI endpoint)
    {
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.US_EAST_1).build();
                CloudWatchClient cloudWatch = CloudWatchClient.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.US_EAST_1).build()) {
            String imageId = ec2.describeImages().images().getFirst().imageId();
            String instanceId = ec2.runInstances(request -> request.imageId(imageId).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1))
                    .instances().getFirst().instanceId();
            Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
            CPU_BY_DAYS_AGO.forEach((daysAgo, cpu) -> cloudWatch.putMetricData(request -> request.namespace("AWS/EC2").metricData(datum -> datum
                    .metricName("CPUUtilization").dimensions(dimension -> dimension.name("InstanceId").value(instanceId))
                    .timestamp(today.minus(daysAgo, ChronoUnit.DAYS)).value(cpu))));
            return "arn:aws:ec2:us-east-1:123456789012:instance/" + instanceId;
        }
    }
}

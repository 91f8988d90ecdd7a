package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class CloudWatchUtilizationTest
{
    private static final String INSTANCE = "arn:aws:ec2:us-east-1:111111111111:instance/i-1";
    private static final String INSTANCE_FILE = "us-east-1/cloudwatch-get-metric-data/arn%3Aaws%3Aec2%3Aus-east-1%3A111111111111%3Ainstance%2Fi-1";

    @TempDir
    Path directory;

    private EstateFixture estate()
    {
        return EstateFixture.in(directory)
                .account("us-east-1", "111111111111")
                .file("us-east-1/ec2-describe-instances.json", "{\"Reservations\": [{\"Instances\": [{\"InstanceId\": \"i-1\"}]}]}");
    }

    @Test
    void summarisesDailyValuesWithAverageNearestRankPercentileAndMaximum()
    {
        // CPU 1..20 over 20 days, newest first as get-metric-data returns them
        String cpu = result("CPUUtilization", 20, day -> 21.0 - day);
        String network = result("NetworkIn", 4, day -> day == 1 ? 1000.0 : 10.0);
        Inventory inventory = estate().file(INSTANCE_FILE, "{\"MetricDataResults\": [" + cpu + ", " + network + "]}").importEstate();

        Utilization utilization = inventory.utilizationOf(INSTANCE).orElseThrow();
        assertThat(utilization.windowDays()).isEqualTo(20);
        assertThat(utilization.metric(MetricName.CPU_UTILIZATION)).contains(new MetricSummary(MetricName.CPU_UTILIZATION, 10.5, 19.0, 20.0, 20));
        assertThat(utilization.metric(MetricName.NETWORK_IN)).contains(new MetricSummary(MetricName.NETWORK_IN, 257.5, 1000.0, 1000.0, 4));
        assertThat(utilization.metrics()).extracting(MetricSummary::metric).containsExactly(MetricName.CPU_UTILIZATION, MetricName.NETWORK_IN);
    }

    @Test
    void readsAFileSavedWithAJsonEndingAndWarnsAboutUnknownMetrics()
    {
        String memory = result("mem_used_percent", 2, day -> 40.0 + day);
        String disk = result("DiskReadOps", 2, day -> 1.0);
        Inventory inventory = estate().file(INSTANCE_FILE + ".json", "{\"MetricDataResults\": [" + memory + ", " + disk + "]}").importEstate();

        assertThat(inventory.utilizationOf(INSTANCE).orElseThrow().metrics())
                .containsExactly(new MetricSummary(MetricName.MEMORY_UTILIZATION, 41.5, 42.0, 42.0, 2));
        assertThat(warnings(inventory, "UnknownMetric")).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("DiskReadOps"));
    }

    @Test
    void warnsAboutMetricsOfAResourceTheEstateDoesNotHold()
    {
        Inventory inventory = estate()
                .file("us-east-1/cloudwatch-get-metric-data/arn%3Aaws%3Aec2%3Aus-east-1%3A111111111111%3Ainstance%2Fi-404",
                        "{\"MetricDataResults\": [" + result("CPUUtilization", 1, day -> 5.0) + "]}")
                .importEstate();

        assertThat(inventory.utilization()).isEmpty();
        assertThat(warnings(inventory, "DanglingReference")).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("instance/i-404"));
    }

    /** A get-metric-data result with one value a day, day 1 the newest. */
    private static String result(String label, int days, IntToDoubleFunction value)
    {
        Instant newest = Instant.parse("2026-10-31T00:00:00Z");
        List<Integer> range = IntStream.rangeClosed(1, days).boxed().toList();
        String timestamps = range.stream()
                .map(day -> "\"" + newest.minus(day - 1, ChronoUnit.DAYS).toString().replace("Z", "+00:00") + "\"")
                .collect(Collectors.joining(", "));
        String values = range.stream().map(day -> Double.toString(value.applyAsDouble(day))).collect(Collectors.joining(", "));
        return "{\"Id\": \"m" + label.length() + "\", \"Label\": \"" + label + "\", \"Timestamps\": [" + timestamps + "], \"Values\": [" + values
                + "], \"StatusCode\": \"Complete\"}";
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CloudWatchReaderTest
{
    @Test
    void takesThe95thPercentileByNearestRank()
    {
        // rank ceil(0.95 * 10) = 10: the largest of ten values
        assertThat(CloudWatchReader.summarise(MetricName.CPU_UTILIZATION, List.of(3.0, 1.0, 2.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 100.0)))
                .isEqualTo(new MetricSummary(MetricName.CPU_UTILIZATION, 14.5, 100.0, 100.0, 10));
        // rank ceil(0.95 * 30) = 29
        List<Double> thirty = IntStream.rangeClosed(1, 30).mapToObj(value -> (double) value).toList();
        assertThat(CloudWatchReader.summarise(MetricName.CPU_UTILIZATION, thirty).p95()).isEqualTo(29.0);
        assertThat(CloudWatchReader.summarise(MetricName.INVOCATIONS, List.of(7.0)))
                .isEqualTo(new MetricSummary(MetricName.INVOCATIONS, 7.0, 7.0, 7.0, 1));
    }

    @Test
    void readsTheTimestampFormatsOfBothCliVersions()
    {
        Instant expected = Instant.parse("2026-10-01T00:00:00Z");
        assertThat(CloudWatchReader.parse("2026-10-01T00:00:00+00:00")).contains(expected);
        assertThat(CloudWatchReader.parse("2026-10-01T00:00:00Z")).contains(expected);
        assertThat(CloudWatchReader.parse("2026-10-01T02:00:00.000+0200")).contains(expected);
        assertThat(CloudWatchReader.parse("yesterday")).isEmpty();
    }
}

package io.cloudmigrate.discovery.aws.cloudwatch;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GetMetricData allows 500 queries and 100,800 data points a call; a daily query gives one point per day of the window. */
class MetricWindowTest
{
    @Test
    void fullCallsOfFiveHundredQueriesUpToTwoHundredAndOneDays()
    {
        assertThat(new MetricWindow(1).queriesPerCall()).isEqualTo(500);
        assertThat(new MetricWindow(14).queriesPerCall()).isEqualTo(500);
        assertThat(new MetricWindow(90).queriesPerCall()).isEqualTo(500);
        // 500 × 201 = 100,500 points; 500 × 202 = 101,000 would page
        assertThat(new MetricWindow(201).queriesPerCall()).isEqualTo(500);
        assertThat(new MetricWindow(202).queriesPerCall()).isEqualTo(499);
    }

    @Test
    void fifteenMonthsOfDailyPointsTakeTwoHundredAndTwentyOneQueriesACall()
    {
        // 100,800 / 455 = 221.5: 221 queries give 100,555 points
        assertThat(new MetricWindow(455).queriesPerCall()).isEqualTo(221);
    }

    @Test
    void everyWindowFillsItsCallsAsFarAsBothLimitsAllow()
    {
        IntStream.rangeClosed(1, 455).forEach(days -> {
            int queries = new MetricWindow(days).queriesPerCall();
            assertThat(queries).as("%d days", days).isBetween(1, MetricWindow.QUERIES_PER_CALL);
            assertThat((long) queries * days).as("%d days", days).isLessThanOrEqualTo(MetricWindow.DATAPOINTS_PER_CALL);
            assertThat(queries == MetricWindow.QUERIES_PER_CALL || (long) (queries + 1) * days > MetricWindow.DATAPOINTS_PER_CALL)
                    .as("%d days: one more query would still fit", days).isTrue();
        });
    }

    @Test
    void cutsTheRequestsOfTheBenchmarkEstateIntoCalls()
    {
        // one region of bench/scan.sh: 960 instances × 3 metrics + 20 databases × 2
        List<Integer> requests = IntStream.range(0, 2_920).boxed().toList();

        List<List<Integer>> ninetyDays = new MetricWindow(90).calls(requests);
        List<List<Integer>> fifteenMonths = new MetricWindow(455).calls(requests);

        assertThat(ninetyDays).extracting(List::size).containsExactly(500, 500, 500, 500, 500, 420);
        assertThat(fifteenMonths).hasSize(14).extracting(List::size).startsWith(221).endsWith(2_920 - 13 * 221);
        assertThat(fifteenMonths.stream().flatMap(List::stream).toList()).isEqualTo(requests);
        assertThat(new MetricWindow(90).calls(List.of())).isEmpty();
    }

    @Test
    void endsAtTheStartOfTodayAndReachesBackTheWholeWindow()
    {
        MetricWindow window = new MetricWindow(90);
        Instant now = Instant.parse("2026-11-22T07:15:00Z");

        assertThat(window.end(now)).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(window.start(now)).isEqualTo(Instant.parse("2026-08-24T00:00:00Z"));
    }

    @Test
    void aWindowOfNoDaysIsRefused()
    {
        assertThatThrownBy(() -> new MetricWindow(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days must be at least 1");
    }
}

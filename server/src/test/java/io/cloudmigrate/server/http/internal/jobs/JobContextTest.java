package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.server.http.internal.storage.Job.Progress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobContextTest
{
    @Test
    void estimatesTheRestOfAStepFromTheItemsDoneSoFar()
    {
        // A quarter done in 10 s: three quarters more take 30 s, as the CLI estimates a scan.
        assertThat(JobContext.etaSeconds(25, 100, Duration.ofSeconds(10))).isEqualTo(30);
        assertThat(JobContext.etaSeconds(100, 100, Duration.ofSeconds(10))).isZero();
        assertThat(JobContext.etaSeconds(5_000_000_000L, 10_000_000_000L, Duration.ofSeconds(60))).isEqualTo(60);
    }

    @Test
    void showsNoEstimateBeforeAnItemIsDone()
    {
        assertThat(JobContext.etaSeconds(0, 100, Duration.ofSeconds(10))).isNull();
        assertThat(JobContext.etaSeconds(0, 0, Duration.ofSeconds(10))).isNull();
        List<Progress> reported = new ArrayList<>();
        JobContext context = new JobContext(UUID.randomUUID(), 2, reported::add);
        context.step("Counting");
        assertThat(reported.getLast().etaSeconds()).isNull();
        context.progress(4, 4);
        assertThat(reported.getLast().etaSeconds()).isZero();
        assertThat(reported.getLast().done()).isEqualTo(4);
    }

    @Test
    void stopsATimedOutJobAtItsNextStepWithTheReason()
    {
        JobContext context = new JobContext(UUID.randomUUID(), 2, progress -> {});
        context.step("Generating");
        context.timeOut("the generate job exceeded its time limit of 1 s");
        assertThatThrownBy(() -> context.progress(1, 2)).isInstanceOf(JobTimedOutException.class).hasMessageContaining("time limit of 1 s");
    }
}

package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfJobsTest
{
    @Test
    void handsEveryResultOverOnTheCallingThreadAsItIsFinished()
    {
        // the first jobs take longest, so on several threads they finish last
        List<PdfJobs.Job> jobs = IntStream.range(0, 12)
                .mapToObj(number -> new PdfJobs.Job("file-" + number, 100, () -> {
                    Thread.sleep(5L * (12 - number));
                    return ("content " + number).getBytes(StandardCharsets.UTF_8);
                }))
                .toList();
        List<String> written = new ArrayList<>();
        Thread caller = Thread.currentThread();

        PdfJobs.run(jobs, 4, rendered -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            written.add(rendered.path() + ": " + new String(rendered.content(), StandardCharsets.UTF_8));
        });

        assertThat(written).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 12).mapToObj(number -> "file-" + number + ": content " + number).toList());
    }

    @Test
    void rendersTheSameBytesOnSeveralThreadsAsOnOne()
    {
        PdfRenderer renderer = new PdfRenderer("scale", "2025-07-01");
        List<PdfJobs.Job> jobs = IntStream.range(0, 6)
                .mapToObj(number -> new PdfJobs.Job("runbook-" + number + ".pdf", 100, () -> renderer.render(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Runbook " + number + "</h1><p>Ελληνικά, кириллица, " + "step ".repeat(number * 50)
                                + "</p></body></html>", "Runbook " + number)))
                .toList();
        Map<String, byte[]> sequential = new TreeMap<>();
        Map<String, byte[]> parallel = new TreeMap<>();

        PdfJobs.run(jobs, 1, rendered -> sequential.put(rendered.path(), rendered.content()));
        PdfJobs.run(jobs, 4, rendered -> parallel.put(rendered.path(), rendered.content()));

        assertThat(parallel).hasSize(6).containsOnlyKeys(sequential.keySet());
        sequential.forEach((path, content) -> assertThat(parallel.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void keepsTheDocumentsInFlightWithinTheBudgetAndRendersALargerOneAlone()
    {
        // the report (larger than the budget) and two large runbooks among small ones; 1,000 characters may render at once
        List<Long> sizes = List.of(5_000L, 100L, 600L, 100L, 600L, 100L, 100L, 100L, 100L, 100L);
        AtomicLong inFlight = new AtomicLong();
        AtomicLong largestWithoutTheReport = new AtomicLong();
        AtomicBoolean overlappedTheReport = new AtomicBoolean();
        List<PdfJobs.Job> jobs = IntStream.range(0, sizes.size())
                .mapToObj(number -> new PdfJobs.Job("file-" + number, sizes.get(number), () -> {
                    long now = inFlight.addAndGet(sizes.get(number));
                    if (now > 5_000 || (number == 0 && now != 5_000)) {
                        overlappedTheReport.set(true);
                    }
                    if (number > 0) {
                        largestWithoutTheReport.accumulateAndGet(now, Math::max);
                    }
                    Thread.sleep(number == 0 ? 100 : 20);
                    inFlight.addAndGet(-sizes.get(number));
                    return new byte[0];
                }))
                .toList();
        List<String> written = new ArrayList<>();

        PdfJobs.run(jobs, 4, 1_000, rendered -> written.add(rendered.path()));

        assertThat(written).hasSize(10);
        assertThat(overlappedTheReport).isFalse();
        assertThat(largestWithoutTheReport.get()).isLessThanOrEqualTo(1_000).isGreaterThanOrEqualTo(600);
    }

    @Test
    void rendersSmallDocumentsAheadOfALargeOneThatDoesNotFitYet()
    {
        List<Long> sizes = List.of(800L, 800L, 100L, 100L);
        List<String> started = new CopyOnWriteArrayList<>();
        List<PdfJobs.Job> jobs = IntStream.range(0, sizes.size())
                .mapToObj(number -> new PdfJobs.Job("file-" + number, sizes.get(number), () -> {
                    started.add("file-" + number);
                    Thread.sleep(number == 0 ? 200 : 10);
                    return new byte[0];
                }))
                .toList();

        PdfJobs.run(jobs, 2, 1_000, rendered -> {});

        // file-1 cannot start beside file-0 (800 + 800 > 1,000); the small ones do meanwhile
        assertThat(started.subList(0, 2)).containsExactlyInAnyOrder("file-0", "file-2");
        assertThat(started.subList(2, 4)).containsExactly("file-3", "file-1");
    }

    @Test
    void throwsAnOutOfMemoryErrorOfAJobAsItWasSoThatTheCommandCanExplainIt()
    {
        List<PdfJobs.Job> jobs = List.of(new PdfJobs.Job("huge.pdf", 100, () -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertThatThrownBy(() -> PdfJobs.run(jobs, 2, rendered -> {})).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }
}

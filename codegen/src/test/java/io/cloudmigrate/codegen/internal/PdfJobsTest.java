package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                .mapToObj(number -> new PdfJobs.Job("file-" + number, () -> {
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
                .mapToObj(number -> new PdfJobs.Job("runbook-" + number + ".pdf", () -> renderer.render(
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
    void throwsAnOutOfMemoryErrorOfAJobAsItWasSoThatTheCommandCanExplainIt()
    {
        List<PdfJobs.Job> jobs = List.of(new PdfJobs.Job("huge.pdf", () -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertThatThrownBy(() -> PdfJobs.run(jobs, 2, rendered -> {})).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }
}

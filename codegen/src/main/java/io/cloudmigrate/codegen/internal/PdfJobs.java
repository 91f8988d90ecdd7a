package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Renders independent documents on a small pool of threads and hands each result over on the calling
 * thread as it is finished. Each document's bytes depend only on its input, and the files written are
 * listed sorted, so the output never depends on scheduling; only the moment a file is written does.
 * Results are handed over as they finish, not in job order, so that one long document (the report of
 * a large estate) does not hold finished runbooks in memory behind it.
 *
 * <p>openhtmltopdf holds a whole document (its DOM, box tree and the PDF's pages) until it is saved,
 * about {@value #HEAP_PER_CHARACTER} bytes of heap a character of XHTML, so the heap a render needs
 * grows with its document, not with the pool. Jobs therefore carry their size, and one starts only
 * while the documents in flight fit in a heap budget: a few large documents (the report, a wave's
 * own runbook) do not render at once, while small ones fill the threads beside them. A document larger
 * than the budget renders alone.
 */
public final class PdfJobs
{
    /** openhtmltopdf is CPU-bound; more threads than cores only add heap for the documents in flight. */
    static final int MAXIMUM_THREADS = 4;

    /**
     * Heap a render holds per character of its input, measured at 20,000 resources: a class histogram
     * while the report (4.4 million characters, nearly all of them its appendix of one table row per
     * resource) rendered showed 650 MB of openhtmltopdf, Xerces and PDFBox objects before its pages were
     * drawn, and with a 2 GB heap 1.4 GB stayed live after a full collection (the rest of generate
     * held 260 MB). Tables cost most: each cell is a box with its own collapsed borders.
     */
    static final long HEAP_PER_CHARACTER = 250;

    /**
     * One document to render into {@code path}, relative to the output directory.
     *
     * @param characters the size of its input (XHTML or Markdown), to estimate the heap its render holds
     */
    public record Job(String path, long characters, Callable<byte[]> render)
    {
        public Job
        {
            requireNonNull(path, "path is null");
            requireNonNull(render, "render is null");
            if (characters < 0) {
                throw new IllegalArgumentException("characters is negative: " + characters);
            }
        }
    }

    /**
     * A rendered document.
     *
     * @param characters the size of its input, as its job gave it
     */
    public record Rendered(String path, long characters, byte[] content) {}

    private PdfJobs() {}

    /** The threads to render on: the machine's cores, at most {@value #MAXIMUM_THREADS}. */
    public static int threads()
    {
        return Math.max(1, Math.min(MAXIMUM_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The characters of input that may render at once: half the maximum heap (the other half holds the
     * assessment, its index and the runbook models), at {@value #HEAP_PER_CHARACTER} bytes a character.
     */
    public static long characterBudget()
    {
        return Runtime.getRuntime().maxMemory() / 2 / HEAP_PER_CHARACTER;
    }

    /**
     * Renders every job and gives each result to {@code consumer} as it is finished, with at most
     * {@code threads} documents in flight whose characters add up to at most {@code characterBudget}
     * (a larger one renders alone). A failure of a job is thrown as it was (an {@link OutOfMemoryError}
     * stays one, for the command to explain).
     */
    public static void run(List<Job> jobs, int threads, long characterBudget, Consumer<Rendered> consumer)
    {
        requireNonNull(jobs, "jobs is null");
        requireNonNull(consumer, "consumer is null");
        if (jobs.isEmpty()) {
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), runnable -> {
            Thread thread = new Thread(runnable, "cloudmigrate-pdf-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Rendered> completion = new ExecutorCompletionService<>(executor);
        try {
            Deque<Job> waiting = new ArrayDeque<>(jobs);
            int inFlight = 0;
            long charactersInFlight = 0;
            while (!waiting.isEmpty() || inFlight > 0) {
                while (inFlight < threads) {
                    Optional<Job> next = nextThatFits(waiting, inFlight == 0, characterBudget - charactersInFlight);
                    if (next.isEmpty()) {
                        break;
                    }
                    Job job = next.get();
                    completion.submit(() -> new Rendered(job.path(), job.characters(), job.render().call()));
                    inFlight++;
                    charactersInFlight += job.characters();
                }
                Rendered rendered = await(completion);
                inFlight--;
                charactersInFlight -= rendered.characters();
                consumer.accept(rendered);
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    /** As {@link #run(List, int, long, Consumer)} with no limit on the characters in flight. */
    public static void run(List<Job> jobs, int threads, Consumer<Rendered> consumer)
    {
        run(jobs, threads, Long.MAX_VALUE, consumer);
    }

    /**
     * Takes the first waiting job that fits in {@code room}, or the first of all when nothing renders:
     * a small runbook goes ahead of a large one that waits for the report to finish.
     */
    private static Optional<Job> nextThatFits(Deque<Job> waiting, boolean idle, long room)
    {
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        if (idle) {
            return Optional.of(waiting.removeFirst());
        }
        Iterator<Job> candidates = waiting.iterator();
        while (candidates.hasNext()) {
            Job candidate = candidates.next();
            if (candidate.characters() <= room) {
                candidates.remove();
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Rendered await(CompletionService<Rendered> completion)
    {
        try {
            return completion.take().get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudMigrateException(CodegenErrorCode.PDF_FAILED, "interrupted while rendering PDFs", e);
        }
        catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                case Throwable other -> throw new CloudMigrateException(CodegenErrorCode.PDF_FAILED, "cannot render a PDF: " + other.getMessage(), other);
            }
        }
    }
}

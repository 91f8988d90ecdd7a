package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.util.Iterator;
import java.util.List;
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
 * a large estate) does not hold finished runbooks in memory behind it; at most one job per thread
 * waits beside the ones running.
 */
public final class PdfJobs
{
    /** openhtmltopdf is CPU-bound; more threads than cores only add heap for the documents in flight. */
    static final int MAXIMUM_THREADS = 4;

    /** One document to render into {@code path}, relative to the output directory. */
    public record Job(String path, Callable<byte[]> render)
    {
        public Job
        {
            requireNonNull(path, "path is null");
            requireNonNull(render, "render is null");
        }
    }

    /** A rendered document. */
    public record Rendered(String path, byte[] content) {}

    private PdfJobs() {}

    /** The threads to render on: the machine's cores, at most {@value #MAXIMUM_THREADS}. */
    public static int threads()
    {
        return Math.max(1, Math.min(MAXIMUM_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Renders every job and gives each result to {@code consumer} as it is finished. A failure
     * of a job is thrown as it was (an {@link OutOfMemoryError} stays one, for the command to explain).
     */
    public static void run(List<Job> jobs, int threads, Consumer<Rendered> consumer)
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
            Iterator<Job> next = jobs.iterator();
            int inFlight = 0;
            while (next.hasNext() || inFlight > 0) {
                while (next.hasNext() && inFlight < 2 * threads) {
                    Job job = next.next();
                    completion.submit(() -> new Rendered(job.path(), job.render().call()));
                    inFlight++;
                }
                Rendered rendered = await(completion);
                inFlight--;
                consumer.accept(rendered);
            }
        }
        finally {
            executor.shutdownNow();
        }
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

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Renders independent documents on a small pool of threads and hands the results over in the order
 * the jobs were given, on the calling thread: what is written, and in which order, never depends on
 * scheduling, and each document's bytes depend only on its input. At most two jobs per thread are
 * submitted ahead of the one being written, so finished PDFs do not pile up in memory behind a slow one.
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
     * Renders every job and gives each result to {@code consumer} in the order of {@code jobs}. A failure
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
        try {
            Deque<Future<Rendered>> inFlight = new ArrayDeque<>();
            Iterator<Job> next = jobs.iterator();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < 2 * threads) {
                    Job job = next.next();
                    inFlight.add(executor.submit(() -> new Rendered(job.path(), job.render().call())));
                }
                consumer.accept(await(inFlight.removeFirst()));
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    private static Rendered await(Future<Rendered> future)
    {
        try {
            return future.get();
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

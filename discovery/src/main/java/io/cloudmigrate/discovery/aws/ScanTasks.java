package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.aws.internal.ClientFactory;
import io.cloudmigrate.discovery.aws.internal.RegionScanContext;
import io.cloudmigrate.discovery.aws.internal.ScanFailures;
import io.cloudmigrate.discovery.aws.internal.ScanTarget;
import io.cloudmigrate.discovery.internal.awscli.ApiOutputs;
import software.amazon.awssdk.core.exception.SdkException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs one task per scanner × account × region on virtual threads, with a semaphore bounding how
 * many talk to AWS at once. Stages run one after the other. A failed call becomes a warning naming
 * account, region, service and AWS error code; the other tasks go on.
 */
final class ScanTasks
{
    private record Task(ScannerFactory factory, ScanTarget target, ApiOutputs outputs) {}

    private final ClientFactory clients;
    private final List<ScannerFactory> factories;
    private final Semaphore permits;
    private final Consumer<ScanProgress> progress;
    private final Instant start;
    private final int metricsDays;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong itemsFound = new AtomicLong();

    ScanTasks(ClientFactory clients, List<ScannerFactory> factories, int concurrency, int metricsDays, Consumer<ScanProgress> progress, Instant start)
    {
        this.clients = clients;
        this.factories = List.copyOf(factories);
        this.permits = new Semaphore(concurrency);
        this.progress = progress;
        this.start = start;
        this.metricsDays = metricsDays;
    }

    List<ApiOutputs> run(List<ScanTarget> targets, List<String> regions, List<InventoryWarning> warnings)
    {
        List<ApiOutputs> outputs = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (ScanTarget target : targets) {
            for (String region : regions) {
                ApiOutputs output = new ApiOutputs(target.partition(), target.accountId(), region);
                outputs.add(output);
                for (ScannerFactory factory : factories) {
                    // a global service answers the same in every region: ask it once per account
                    if (!factory.global() || region.equals(regions.getFirst())) {
                        tasks.add(new Task(factory, target, output));
                    }
                }
            }
        }
        List<InventoryWarning> failures = Collections.synchronizedList(new ArrayList<>());
        List<Integer> stages = factories.stream().map(ScannerFactory::stage).distinct().sorted().toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int stage : stages) {
                List<Future<?>> running = tasks.stream()
                        .filter(task -> task.factory().stage() == stage)
                        .<Future<?>>map(task -> executor.submit(() -> runTask(task, tasks.size(), failures)))
                        .toList();
                for (Future<?> future : running) {
                    await(future);
                }
            }
        }
        warnings.addAll(failures);
        return outputs;
    }

    private void runTask(Task task, int total, List<InventoryWarning> failures)
    {
        permits.acquireUninterruptibly();
        try (RegionScanContext context = new RegionScanContext(task.target(), task.outputs(), clients, itemsFound, metricsDays,
                task.factory().name(), failures::add)) {
            task.factory().create(context).scan();
        }
        catch (SdkException e) {
            String service = task.factory().name();
            failures.add(new InventoryWarning(task.target().accountId(), task.outputs().region(), service, ScanFailures.code(e), service,
                    service + " in " + task.target().accountId() + "/" + task.outputs().region() + " was not read (" + ScanFailures.describe(e)
                            + "); the rest of the estate was scanned"));
        }
        catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
        finally {
            permits.release();
            progress.accept(new ScanProgress(done.incrementAndGet(), total, itemsFound.get(), clients.recorder().calls(), Duration.between(start, Instant.now())));
        }
    }

    private static void await(Future<?> future)
    {
        try {
            future.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudMigrateException(DiscoveryErrorCode.AWS_CALL_FAILED, "the scan was interrupted", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "a scanner failed: " + e.getCause(), e.getCause());
        }
    }
}

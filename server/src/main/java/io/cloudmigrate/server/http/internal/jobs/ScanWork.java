package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.AwsScan;
import io.cloudmigrate.discovery.aws.AwsScanOptions;
import io.cloudmigrate.server.http.internal.storage.Estate;
import io.cloudmigrate.server.http.internal.storage.ScanSource;
import io.cloudmigrate.server.http.internal.storage.ScanStore;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A scan job: AWS read live by {@link AwsScan}, exactly as {@code cloudmigrate scan} runs it, with the
 * server's credential chain; the inventory makes a new estate, or, for a re-scan, replaces the estate's
 * and is kept in its history.
 */
public final class ScanWork
        implements JobWork
{
    /** The steps the job reports. */
    public static final int STEP_COUNT = 2;

    private final ScanStore scans;
    private final ScanSource source;
    private final Optional<UUID> estateId;
    private final UUID workspaceId;

    private ScanWork(ScanStore scans, ScanSource source, Optional<UUID> estateId, UUID workspaceId)
    {
        this.workspaceId = requireNonNull(workspaceId, "workspaceId is null");
        this.scans = requireNonNull(scans, "scans is null");
        this.source = requireNonNull(source, "source is null");
        this.estateId = requireNonNull(estateId, "estateId is null");
    }

    /** A scan that makes a new estate. */
    public static ScanWork newEstate(ScanStore scans, ScanSource source, UUID workspaceId)
    {
        return new ScanWork(scans, source, Optional.empty(), workspaceId);
    }

    /** A re-scan of an estate with the source of its last scan. */
    public static ScanWork rescan(ScanStore scans, ScanSource source, UUID estateId, UUID workspaceId)
    {
        return new ScanWork(scans, source, Optional.of(estateId), workspaceId);
    }

    @Override
    public Outcome run(JobContext context)
    {
        context.step("Scanning AWS");
        AwsScanOptions options = new AwsScanOptions(source.name(), Optional.empty(), source.regions(), source.roleArns(), Optional.ofNullable(source.roleName()),
                Optional.ofNullable(source.externalId()), Optional.ofNullable(source.endpointUrl()).map(URI::create), source.concurrency(), source.metricsDays());
        Inventory inventory = AwsScan.run(options, progress -> context.progress(progress.tasksDone(), progress.tasksTotal())).inventory();
        context.step("Storing the inventory");
        context.checkCancelled();
        if (estateId.isPresent()) {
            scans.rescan(estateId.get(), context.jobId(), inventory, source);
            return new Outcome(estateId, "/api/v1/estates/" + estateId.get() + "/scans");
        }
        Estate estate = scans.createEstate(UUID.randomUUID(), workspaceId, context.jobId(), inventory, source);
        return new Outcome(Optional.of(UUID.fromString(estate.id())), "/api/v1/estates/" + estate.id());
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.InventoryDiff;
import io.cloudmigrate.discovery.aws.AwsScanOptions;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.jobs.ScanWork;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.ScanSource;
import io.cloudmigrate.server.http.internal.storage.ScanStore;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Live-scanned estates: a re-scan keeps the history, the scans are listed, and two of them compared
 * with the diff of {@code cloudmigrate diff}. One scan of an estate at a time.
 */
final class ScanRoutes
{
    private final EstateStore estates;
    private final ScanStore scans;
    private final JobRunner jobs;
    // Checking for a running scan and storing the new job happen under this lock, so two requests cannot both pass the check.
    private final Object submitting = new Object();

    ScanRoutes(EstateStore estates, ScanStore scans, JobRunner jobs)
    {
        this.estates = requireNonNull(estates, "estates is null");
        this.scans = requireNonNull(scans, "scans is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    /** The scan an estate request asks for, checked as {@code cloudmigrate scan} checks its options. */
    static ScanSource source(JsonObject body, Optional<String> name)
    {
        JsonObject scan = body.getJsonObject("scan");
        if (scan == null) {
            throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "scan is required with the source SCAN: give at least {\"scan\": {\"regions\": [\"us-east-1\"]}}");
        }
        boolean organization = scan.getBoolean("organization", false);
        String roleName = scan.getString("roleName");
        if (organization != (roleName != null)) {
            throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "scan.organization and scan.roleName go together: "
                    + "{\"organization\": true, \"roleName\": \"OrganizationAccountAccessRole\"}");
        }
        return new ScanSource(name.orElse("aws"), strings(scan.getJsonArray("regions")), strings(scan.getJsonArray("roleArns")), organization, roleName,
                scan.getString("externalId"), scan.getString("endpointUrl"), scan.getInteger("concurrency", AwsScanOptions.CONCURRENCY_DEFAULT),
                scan.getInteger("metricsDays", AwsScanOptions.METRICS_DAYS_DEFAULT));
    }

    void rescan(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> {
            UUID workspaceId = estates.permittedWorkspace(estateId, scope);
            ScanSource source = scans.lastSource(estateId);
            synchronized (submitting) {
                Optional<String> running = scans.runningScan(estateId);
                if (running.isPresent()) {
                    throw new CloudMigrateException(ServerErrorCode.CONFLICT, "estate " + estateId + " is already being scanned by job " + running.get()
                            + "; wait for it to end (GET /api/v1/jobs/" + running.get() + ") or cancel it (POST /api/v1/jobs/" + running.get() + "/cancel)");
                }
                return jobs.submit(JobKind.SCAN, workspaceId, Optional.of(estateId), "{}", ScanWork.STEP_COUNT, ScanWork.rescan(scans, source, estateId, workspaceId));
            }
        }, exchange::accepted);
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> scans.list(estateId, scope, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    void diff(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        int from = exchange.queryInteger("from").orElseThrow();
        int to = exchange.queryInteger("to").orElseThrow();
        Scope scope = exchange.scope();
        exchange.blocking(() -> InventoryDiff.between(scans.inventory(estateId, scope, from), scans.inventory(estateId, scope, to)), diff -> exchange.json(200, diff));
    }

    private static List<String> strings(JsonArray array)
    {
        return array == null ? List.of() : array.stream().map(String::valueOf).toList();
    }
}

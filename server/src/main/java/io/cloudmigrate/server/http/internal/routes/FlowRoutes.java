package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.internal.jobs.FlowsWork;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.TrafficStore;
import io.cloudmigrate.server.http.internal.storage.Upload;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The flow logs of an estate: uploaded files, or the records of its flow logs read from AWS, made
 * into the estate's traffic by a job; and what the last such job read.
 */
final class FlowRoutes
{
    private static final int HOURS_DEFAULT = 24;

    private final EstateStore estates;
    private final TrafficStore traffic;
    private final UploadStore uploads;
    private final JobRunner jobs;
    private final ArchiveLimits archiveLimits;

    FlowRoutes(EstateStore estates, TrafficStore traffic, UploadStore uploads, JobRunner jobs, ArchiveLimits archiveLimits)
    {
        this.archiveLimits = requireNonNull(archiveLimits, "archiveLimits is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.traffic = requireNonNull(traffic, "traffic is null");
        this.uploads = requireNonNull(uploads, "uploads is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        JsonObject body = exchange.body();
        List<String> uploadIds = strings(body.getJsonArray("uploadIds"));
        boolean fromAws = body.getBoolean("fromAws", false);
        if (uploadIds.isEmpty() && !fromAws) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST,
                    "name flow-log uploads in uploadIds (POST each file to /api/v1/uploads first), or set fromAws to read the estate's flow logs from AWS");
        }
        Scope scope = exchange.scope();
        exchange.blocking(() -> {
            // Unknown estates and uploads are refused now, not by a job that fails later.
            UUID workspaceId = estates.permittedWorkspace(estateId, scope);
            List<Upload> named = uploadIds.stream().map(id -> uploads.get(UUID.fromString(id), scope.member().id())).toList();
            FlowsWork.Options options = new FlowsWork.Options(named, fromAws, Duration.ofHours(body.getInteger("hours", HOURS_DEFAULT)),
                    Optional.ofNullable(body.getString("endpointUrl")).map(URI::create), Optional.ofNullable(body.getString("logFormat")),
                    strings(body.getJsonArray("onPremisesCidrs")));
            return jobs.submit(JobKind.FLOWS, workspaceId, Optional.of(estateId), JsonText.write(body.getMap()), options.stepCount(),
                    new FlowsWork(estates, traffic, uploads, estateId, options, archiveLimits));
        }, exchange::accepted);
    }

    void summary(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> traffic.summary(estateId, scope), summary -> exchange.json(200, summary));
    }

    private static List<String> strings(JsonArray array)
    {
        return array == null ? List.of() : array.stream().map(String::valueOf).toList();
    }
}

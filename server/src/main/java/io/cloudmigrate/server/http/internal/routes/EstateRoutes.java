package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.jobs.ImportWork;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.jobs.ScanWork;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.ScanStore;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.Upload;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Estates: created by an import job (the bundled sample or an upload) or a scan job, listed, read, deleted.
 */
final class EstateRoutes
{
    private final EstateStore estates;
    private final UploadStore uploads;
    private final JobRunner jobs;
    private final ScanStore scans;
    private final ArchiveLimits archiveLimits;

    EstateRoutes(EstateStore estates, UploadStore uploads, JobRunner jobs, ScanStore scans, ArchiveLimits archiveLimits)
    {
        this.scans = requireNonNull(scans, "scans is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.uploads = requireNonNull(uploads, "uploads is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
        this.archiveLimits = requireNonNull(archiveLimits, "archiveLimits is null");
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        JsonObject body = exchange.body();
        EstateSource source = EstateSource.valueOf(body.getString("source"));
        Optional<String> name = Optional.ofNullable(body.getString("name"));
        Optional<String> uploadId = Optional.ofNullable(body.getString("uploadId"));
        UUID workspaceId = parse("workspaceId", body.getString("workspaceId"));
        Scope scope = exchange.scope();
        String request = JsonText.write(body.getMap());
        exchange.blocking(() -> {
            estates.permitWorkspace(workspaceId, scope);
            return switch (source) {
                case SAMPLE -> jobs.submit(JobKind.IMPORT, workspaceId, Optional.empty(), request, ImportWork.STEP_COUNT,
                        ImportWork.sample(estates, uploads, name, workspaceId));
                case ARCHIVE -> {
                    String id = uploadId.orElseThrow(() -> new CloudMigrateException(ServerErrorCode.UNPROCESSABLE,
                            "uploadId is required with the source ARCHIVE: POST the archive to /api/v1/uploads first"));
                    Upload upload = uploads.get(parse("uploadId", id), scope.member().id());
                    if (upload.mediaType().equals(UploadRoute.FLOW_LOG)) {
                        throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "upload " + id + " is a flow-log file, not an AWS CLI JSON archive: "
                                + "import it with POST /api/v1/estates/{estateId}/flow-logs");
                    }
                    yield jobs.submit(JobKind.IMPORT, workspaceId, Optional.empty(), request, ImportWork.STEP_COUNT,
                            ImportWork.archive(estates, uploads, upload, name, workspaceId, archiveLimits));
                }
                case SCAN -> jobs.submit(JobKind.SCAN, workspaceId, Optional.empty(), request, ScanWork.STEP_COUNT,
                        ScanWork.newEstate(scans, ScanRoutes.source(body, name), workspaceId));
            };
        }, exchange::accepted);
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        Scope scope = exchange.scope();
        exchange.blocking(() -> estates.list(scope, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    void get(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> estates.get(id, scope), estate -> exchange.json(200, estate));
    }

    void delete(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> {
            estates.delete(id, scope);
            return id;
        }, ignored -> exchange.noContent());
    }

    private static UUID parse(String field, String id)
    {
        try {
            return UUID.fromString(id);
        }
        catch (IllegalArgumentException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, field + " must be a UUID, found '" + id + "'");
        }
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.server.http.internal.jobs.GenerateWork;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.storage.ArtifactFile;
import io.cloudmigrate.server.http.internal.storage.ArtifactListing;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The generated artifacts of an assessment: generate them (a job), list them with their SHA-256,
 * download one, or all as one zip. A file of a wave says in its headers whether the wave is approved.
 */
final class ArtifactRoutes
{
    static final String WAVE_HEADER = "X-CloudMigrate-Wave";
    static final String APPROVAL_HEADER = "X-CloudMigrate-Wave-Approval";

    private final AssessmentStore assessments;
    private final ArtifactStore artifacts;
    private final JobRunner jobs;

    ArtifactRoutes(AssessmentStore assessments, ArtifactStore artifacts, JobRunner jobs)
    {
        this.assessments = requireNonNull(assessments, "assessments is null");
        this.artifacts = requireNonNull(artifacts, "artifacts is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    void generate(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        // the contract has checked the name against the enum; A4 when none is given, as for 'generate'
        PageSize pageSize = PageSize.valueOf(exchange.body().getString("pageSize", PageSize.A4.name()));
        Scope scope = exchange.scope();
        exchange.blocking(() -> {
            AssessmentStore.Owner owner = assessments.permittedOwner(id, scope);
            // Queued on the estate: refused (409) while an assessment or another generation of it runs.
            return jobs.submit(JobKind.GENERATE, owner.workspaceId(), Optional.of(owner.estateId()),
                    JsonText.write(Map.of("assessmentId", id.toString(), "pageSize", pageSize.name())),
                    GenerateWork.STEP_COUNT, new GenerateWork(assessments, artifacts, id, owner.estateId(), pageSize));
        }, exchange::accepted);
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> artifacts.list(id, scope), files -> exchange.json(200, new ArtifactListing(id.toString(), files)));
    }

    void file(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        String path = exchange.query("path").orElseThrow();
        Scope scope = exchange.scope();
        exchange.blocking(() -> artifacts.file(id, path, scope), located -> {
            ArtifactFile file = located.file();
            HttpServerResponse response = context.response()
                    .putHeader("Content-Type", file.mediaType())
                    .putHeader("Content-Disposition", "attachment; filename=\"" + fileName(file.path()) + "\"")
                    .putHeader("ETag", "\"" + file.sha256() + "\"")
                    .putHeader("X-Content-SHA256", file.sha256());
            if (file.wave() != null) {
                response.putHeader(WAVE_HEADER, Integer.toString(file.wave())).putHeader(APPROVAL_HEADER, file.waveApproval().name());
            }
            response.sendFile(located.location().toString()).onFailure(context::fail);
        });
    }

    void zip(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> new ArtifactListing(id.toString(), artifacts.list(id, scope)), listing -> ArtifactZip.stream(context, artifacts, id, listing.files()));
    }

    /** What the audit log keeps of a zip download: how many files, and each wave's approval as it was. */
    static Map<String, Object> zipRecord(ArtifactListing listing)
    {
        Map<String, String> approvals = new TreeMap<>();
        for (ArtifactFile file : listing.files()) {
            if (file.wave() != null) {
                approvals.put(Integer.toString(file.wave()), file.waveApproval().name());
            }
        }
        return Map.of("files", listing.files().size(), "waveApprovals", approvals);
    }

    /** The last segment of a generated path: letters, digits, dots, dashes and underscores only, so it needs no quoting. */
    static String fileName(String path)
    {
        return path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

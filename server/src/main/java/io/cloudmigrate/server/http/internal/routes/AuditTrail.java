package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.internal.storage.ArtifactListing;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.AuditStore;
import io.cloudmigrate.server.http.internal.storage.Audited;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.SignIn;
import io.cloudmigrate.server.http.internal.storage.Transactions;
import io.cloudmigrate.server.http.internal.storage.Upload;
import io.cloudmigrate.server.http.internal.storage.User;
import io.cloudmigrate.server.http.internal.storage.Wave;
import io.cloudmigrate.server.http.internal.storage.Webhook;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.Operation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * The one place the audit log is written. Every operation of the contract that is not a GET is a
 * change and is recorded, and so is a GET marked {@code x-audit: true} in the contract (an artifact
 * download): a route added later is audited without anyone remembering to.
 *
 * <p>The root handler marks a request of such an operation; the handler's blocking work (see
 * {@link Exchange#blocking}) then runs through {@link #recorded}, which reads the state before where
 * the operation keeps one (overrides), does the work, and appends the entry, all in one database
 * transaction ({@link Transactions}) and before the answer is sent: a change answered as done is in
 * the log, and a change whose entry cannot be written is undone. Work that fails records nothing. A
 * sign-in is recorded as the user who signed in, not as the anonymous caller who asked.
 */
final class AuditTrail
{
    private static final String KEY = "cloudmigrate.audit";
    private static final String AUDIT_EXTENSION = "x-audit";

    private final Database database;
    private final AuditStore store;
    private final AssessmentStore assessments;
    private final ChangeNotifications notifications;

    AuditTrail(Database database, AuditStore store, AssessmentStore assessments, ChangeNotifications notifications)
    {
        this.database = requireNonNull(database, "database is null");
        this.store = requireNonNull(store, "store is null");
        this.assessments = requireNonNull(assessments, "assessments is null");
        this.notifications = requireNonNull(notifications, "notifications is null");
    }

    /** What a marked request will record; claimed once, so that a second blocking step records nothing more. */
    private record Pending(AuditTrail trail, String action, Map<String, String> targets, AtomicBoolean claimed) {}

    void handle(RoutingContext context)
    {
        Operation operation = ContractOperation.of(context).orElse(null);
        if (operation != null && audited(operation)) {
            context.put(KEY, new Pending(this, operation.getOperationId(), pathTargets(operation.getOpenAPIPath(), context.request().path()),
                    new AtomicBoolean()));
        }
        context.next();
    }

    /** Runs a handler's blocking work, recording it when the request is a change. */
    static <T> T recorded(RoutingContext context, Callable<T> work)
            throws Exception
    {
        Pending pending = context.get(KEY);
        if (pending == null || !pending.claimed().compareAndSet(false, true)) {
            return work.call();
        }
        return pending.trail().record(context, pending, work);
    }

    private <T> T record(RoutingContext context, Pending pending, Callable<T> work)
            throws Exception
    {
        Map<String, String> targets = new TreeMap<>(pending.targets());
        bodyTargets(context, targets);
        boolean override = pending.action().equals("putOverride") || pending.action().equals("deleteOverride");
        String[] before = new String[1];
        // The state before, the change and its entry in one transaction: the entry cannot be lost, nor the before-state be stale.
        return Transactions.recorded(database, () -> {
            before[0] = override ? overrideOf(targets, Caller.scope(context)) : null;
            return work.call();
        }, result -> {
            Caller caller = Caller.of(context);
            String actor = caller.name();
            String after = null;
            if (result instanceof Audited audited) {
                switch (audited) {
                    case Job job -> {
                        targets.put("jobId", job.id());
                        if (job.estateId() != null) {
                            targets.put("estateId", job.estateId());
                        }
                        if (job.workspaceId() != null) {
                            targets.put("workspaceId", job.workspaceId());
                        }
                    }
                    case Upload upload -> targets.put("uploadId", upload.id());
                    case RecommendationItem item -> after = item.override() == null ? null : JsonText.write(item.override());
                    case Wave wave -> {
                        estateOf(targets, Caller.scope(context));
                        after = JsonText.write(wave.approval());
                    }
                    case ArtifactStore.Located located -> {
                        estateOf(targets, Caller.scope(context));
                        targets.put("artifactPath", located.file().path());
                        after = JsonText.write(located.file());
                    }
                    case ArtifactListing listing -> {
                        estateOf(targets, Caller.scope(context));
                        after = JsonText.write(ArtifactRoutes.zipRecord(listing));
                    }
                    case Webhook webhook -> {
                        // Where the workspace's events now go; never the signing secret.
                        targets.put("webhookId", webhook.id());
                        after = JsonText.write(webhook.withoutSecret());
                    }
                    case SignIn signIn -> actor = signIn.user();
                    case User user -> {
                        // Whom an administrator added or changed, and their state after; there is no password in it to leak.
                        targets.put("userName", user.name());
                        after = JsonText.write(UserRoutes.Account.of(user));
                    }
                }
            }
            store.append(new AuditStore.Change(actor, caller.address(), pending.action(), RequestLog.requestId(context), targets, before[0], after));
            // Webhooks hear only of what is committed.
            String notifiedActor = actor;
            Transactions.afterCommit(() -> notifications.changed(pending.action(), notifiedActor, targets, before[0], result));
        });
    }

    private static boolean audited(Operation operation)
    {
        return operation.getHttpMethod() != HttpMethod.GET && operation.getHttpMethod() != HttpMethod.HEAD
                || Boolean.TRUE.equals(operation.getExtensions().get(AUDIT_EXTENSION));
    }

    /** The override of a resource as JSON, and the assessment's estate as a target; nothing when the ids name nothing (the work then fails). */
    private String overrideOf(Map<String, String> targets, Scope scope)
    {
        try {
            UUID assessmentId = UUID.fromString(targets.get("assessmentId"));
            targets.put("estateId", assessments.get(assessmentId, scope).estateId());
            RecommendationItem item = assessments.recommendation(assessmentId, targets.get("resourceId"), scope);
            return item.override() == null ? null : JsonText.write(item.override());
        }
        catch (CloudMigrateException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** The assessment's estate as a target, so that the log filters by estate; nothing when the id names nothing. */
    private void estateOf(Map<String, String> targets, Scope scope)
    {
        try {
            targets.put("estateId", assessments.get(UUID.fromString(targets.get("assessmentId")), scope).estateId());
        }
        catch (CloudMigrateException | IllegalArgumentException | NullPointerException e) {
            // The work has succeeded with this id, so it names an assessment; a race with its deletion leaves the estate out.
        }
    }

    /** The ids a JSON body names, such as the uploadId an estate is imported from. */
    private static void bodyTargets(RoutingContext context, Map<String, String> targets)
    {
        JsonObject body;
        try {
            body = context.body() == null ? null : context.body().asJsonObject();
        }
        catch (RuntimeException e) {
            body = null;
        }
        if (body == null) {
            return;
        }
        for (String field : new TreeMap<>(body.getMap()).keySet()) {
            if (field.endsWith("Id") && body.getValue(field) instanceof String value) {
                targets.putIfAbsent(field, value);
            }
        }
    }

    /** The path parameters, by the names of the operation's path template ({@code /api/v1/estates/{estateId}}). */
    static Map<String, String> pathTargets(String template, String path)
    {
        String[] names = template.split("/");
        String[] values = path.split("/");
        Map<String, String> targets = new TreeMap<>();
        for (int segment = 0; segment < Math.min(names.length, values.length); segment++) {
            if (names[segment].startsWith("{") && names[segment].endsWith("}")) {
                targets.put(names[segment].substring(1, names[segment].length() - 1), URLDecoder.decode(values[segment].replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return targets;
    }
}

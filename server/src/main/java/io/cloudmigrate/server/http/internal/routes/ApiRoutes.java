package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.auth.AccessTokens;
import io.cloudmigrate.server.http.internal.auth.ExternalTokens;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.limits.SignInLockout;
import io.cloudmigrate.server.http.internal.limits.TrustedProxies;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.AuditStore;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.GraphStore;
import io.cloudmigrate.server.http.internal.storage.GraphViewStore;
import io.cloudmigrate.server.http.internal.storage.ScanStore;
import io.cloudmigrate.server.http.internal.storage.TrafficStore;
import io.cloudmigrate.server.http.internal.storage.JobStore;
import io.cloudmigrate.server.http.internal.storage.RefreshTokenStore;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.cloudmigrate.server.http.internal.storage.WaveStore;
import io.cloudmigrate.server.http.internal.storage.WebhookStore;
import io.cloudmigrate.server.http.internal.storage.WorkspaceStore;
import io.cloudmigrate.server.http.internal.webhooks.AddressPolicy;
import io.cloudmigrate.server.http.internal.webhooks.WebhookNotifier;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.RequestUtils;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The route table: every operation of the OpenAPI contract bound to its handler and to the
 * {@link Access} it needs, in one place. A route cannot be bound without an access, and the server
 * refuses to start when an operation of the contract has no route. The contract's router is the root
 * router (it mis-reads path parameters when mounted below a prefix), so the contract spells out full paths.
 */
public final class ApiRoutes
{
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2[eE]){1,2}(/|$)");

    private ApiRoutes() {}

    /** What the handlers work with. */
    public record Services(Database database, EstateStore estates, UploadStore uploads, AssessmentStore assessments, JobStore jobStore, JobRunner jobs,
            PrometheusMeterRegistry registry, UserStore users, WorkspaceStore workspaces, RefreshTokenStore refreshTokens, AccessTokens accessTokens,
            WaveStore waves, ArtifactStore artifacts, WebhookStore webhooks, WebhookNotifier webhookNotifier, AddressPolicy webhookAddresses,
            Optional<ExternalTokens> externalTokens) {}

    /** One row of the table. */
    private record Route(String operationId, Access access, Handler<RoutingContext> handler)
    {
        Route
        {
            requireNonNull(operationId, "operationId is null");
            requireNonNull(access, "access is null");
            requireNonNull(handler, "handler is null");
        }
    }

    public static Router create(Vertx vertx, OpenAPIContract contract, Buffer contractText, Services services, ServerOptions options, PrintStream log)
    {
        List<Route> table = table(services, options, contractText);
        Map<String, Access> access = new LinkedHashMap<>();
        table.forEach(route -> {
            if (access.put(route.operationId(), route.access()) != null) {
                throw new IllegalStateException("the route table binds " + route.operationId() + " twice");
            }
        });
        TreeSet<String> undeclared = new TreeSet<>();
        contract.operations().stream().map(Operation::getOperationId).filter(id -> !access.containsKey(id)).forEach(undeclared::add);
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("operations of the contract without a route and access in ApiRoutes: " + undeclared);
        }

        // Validation reads the body the body handler buffered (within the limit), not the request again.
        RouterBuilder builder = RouterBuilder.create(vertx, ValidatorsOnce.of(contract), (context, operation) -> RequestUtils.extract(context.request(), operation,
                () -> Future.succeededFuture(context.body().buffer() == null ? Buffer.buffer() : context.body().buffer())));
        builder.rootHandler(Caller.resolveAddress(TrustedProxies.of(options.safety().trustedProxies())));
        builder.rootHandler(SecurityHeaders.create(options.safety().tls().isPresent()));
        builder.rootHandler(new RequestLog(log, contract)::handle);
        builder.rootHandler(ApiRoutes::refuseDotSegments);
        // Counted before authentication, so that requests with bad credentials count too; CORS before it, as preflights carry none.
        RateLimiting rateLimiting = new RateLimiting(options.safety().rateLimits());
        builder.rootHandler(rateLimiting.byAddress());
        builder.rootHandler(CrossOrigin.create(options.safety().corsOrigins()));
        builder.rootHandler(ContractOperation.resolver(contract));
        builder.rootHandler(new Authentication(services.accessTokens(), services.externalTokens(), services.users(), access)::handle);
        builder.rootHandler(rateLimiting.byCaller());
        builder.rootHandler(jsonBodies(options.maximumBodyBytes()));
        builder.rootHandler(new AuditTrail(services.database(), new AuditStore(services.database()), services.assessments(),
                new ChangeNotifications(services.webhookNotifier()))::handle);
        for (String operationId : RateLimiting.CREDENTIAL_OPERATIONS) {
            builder.getRoute(operationId).addHandler(rateLimiting.credentials());
        }
        for (Route route : table) {
            builder.getRoute(route.operationId()).addHandler(route.handler());
        }
        // The body is streamed to disk by the handler; the contract's validator would wait for all of it in memory.
        builder.getRoute("createUpload").setDoValidation(false);

        Router router = builder.createRouter();
        ApiDocs.mount(router);
        router.route().failureHandler(ProblemResponses::handle);
        router.errorHandler(404, ProblemResponses::handle);
        router.errorHandler(405, ProblemResponses::handle);
        router.errorHandler(500, ProblemResponses::handle);
        return router;
    }

    private static List<Route> table(Services services, ServerOptions options, Buffer contractText)
    {
        OperationsRoutes operations = new OperationsRoutes(services.database(), services.registry(), contractText);
        TokenRoutes tokens = new TokenRoutes(services.accessTokens(), services.refreshTokens(), services.users(), options.authentication().refreshTokenLifetime(),
                new SignInLockout(options.authentication().lockout()));
        WorkspaceRoutes workspaces = new WorkspaceRoutes(services.workspaces());
        UploadRoute upload = new UploadRoute(services.uploads(), options.maximumUploadBytes(), options.safety().archiveLimits());
        ScanStore scanStore = new ScanStore(services.database());
        EstateRoutes estates = new EstateRoutes(services.estates(), services.uploads(), services.jobs(), scanStore, options.safety().archiveLimits());
        FlowRoutes flows = new FlowRoutes(services.estates(), new TrafficStore(services.database()), services.uploads(), services.jobs(),
                options.safety().archiveLimits());
        ScanRoutes scans = new ScanRoutes(services.estates(), scanStore, services.jobs());
        GraphRoutes graph = new GraphRoutes(new GraphStore(services.database()), new GraphViewStore(services.database()));
        AssessmentRoutes assessments = new AssessmentRoutes(services.estates(), services.assessments(), services.jobs(), options.pricing());
        JobRoutes jobs = new JobRoutes(services.jobStore(), services.jobs());
        RiskCostRoutes risksAndCosts = new RiskCostRoutes(services.assessments());
        WaveRoutes waves = new WaveRoutes(services.waves());
        ArtifactRoutes artifacts = new ArtifactRoutes(services.assessments(), services.artifacts(), services.jobs());
        AuditRoutes audit = new AuditRoutes(new AuditStore(services.database()));
        WebhookRoutes webhooks = new WebhookRoutes(services.webhooks(), services.webhookAddresses());
        UserRoutes users = new UserRoutes(services.users());
        return List.of(
                route("health", Access.ANYONE, operations::health),
                route("ready", Access.ANYONE, operations::ready),
                route("metrics", Access.VIEWER, operations::metrics),
                route("contract", Access.ANYONE, operations::contract),

                route("createToken", Access.ANYONE, tokens::token),
                route("revokeToken", Access.ANYONE, tokens::revoke),

                // Server administrators only, as `cloudmigrate user` is for whoever holds the database.
                route("listUsers", Access.ADMINISTRATOR, users::list),
                route("createUser", Access.ADMINISTRATOR, users::create),
                route("getUser", Access.ADMINISTRATOR, users::get),
                route("disableUser", Access.ADMINISTRATOR, users::disable),
                route("enableUser", Access.ADMINISTRATOR, users::enable),
                route("resetUserPassword", Access.ADMINISTRATOR, users::resetPassword),

                route("listWorkspaces", Access.VIEWER, workspaces::list),
                route("createWorkspace", Access.ADMINISTRATOR, workspaces::create),
                route("getWorkspace", Access.VIEWER, workspaces::get),
                route("listMembers", Access.ADMIN, workspaces::members),
                route("putMember", Access.ADMIN, workspaces::putMember),
                route("deleteMember", Access.ADMIN, workspaces::deleteMember),
                route("createWebhook", Access.ADMIN, webhooks::create),
                route("listWebhooks", Access.ADMIN, webhooks::list),
                route("deleteWebhook", Access.ADMIN, webhooks::delete),
                route("listWebhookDeliveries", Access.ADMIN, webhooks::deliveries),

                route("createUpload", Access.OPERATOR, upload::handle),

                route("createEstate", Access.OPERATOR, estates::create),
                route("listEstates", Access.VIEWER, estates::list),
                route("getEstate", Access.VIEWER, estates::get),
                route("deleteEstate", Access.ADMIN, estates::delete),
                route("createFlowLogs", Access.OPERATOR, flows::create),
                route("getTraffic", Access.VIEWER, flows::summary),
                route("createScan", Access.OPERATOR, scans::rescan),
                route("listScans", Access.VIEWER, scans::list),
                route("diffScans", Access.VIEWER, scans::diff),

                route("createAssessment", Access.OPERATOR, assessments::create),
                route("listAssessments", Access.VIEWER, assessments::list),
                route("getAssessment", Access.VIEWER, assessments::get),
                route("listRecommendations", Access.VIEWER, assessments::recommendations),
                route("getRecommendation", Access.VIEWER, assessments::recommendation),
                route("putOverride", Access.OPERATOR, assessments::putOverride),
                route("deleteOverride", Access.OPERATOR, assessments::deleteOverride),
                route("listRisks", Access.VIEWER, risksAndCosts::risks),
                route("listCosts", Access.VIEWER, risksAndCosts::costs),

                route("listWaves", Access.VIEWER, waves::list),
                route("decideWave", Access.OPERATOR, waves::decide),

                route("generateArtifacts", Access.OPERATOR, artifacts::generate),
                route("listArtifacts", Access.VIEWER, artifacts::list),
                route("getArtifactFile", Access.VIEWER, artifacts::file),
                route("getArtifactZip", Access.VIEWER, artifacts::zip),
                route("listGraphNodes", Access.VIEWER, graph::nodes),
                route("listGraphEdges", Access.VIEWER, graph::edges),
                route("getGraph", Access.VIEWER, graph::document),

                route("listJobs", Access.VIEWER, jobs::list),
                route("getJob", Access.VIEWER, jobs::get),
                route("jobEvents", Access.VIEWER, jobs::events),
                route("cancelJob", Access.OPERATOR, jobs::cancel),

                // Server administrators only: the log spans every workspace and names every user and address.
                route("listAudit", Access.ADMINISTRATOR, audit::list));
    }

    /** A route needs its access: there is no way to bind a handler without saying who may call it. */
    private static Route route(String operationId, Access access, Handler<RoutingContext> handler)
    {
        return new Route(operationId, access, handler);
    }

    /**
     * Refuses a path with a {@code .} or {@code ..} segment: the router would resolve it to another
     * route than the one the contract and the access check read, e.g. {@code /estates/./assessments}.
     */
    private static void refuseDotSegments(RoutingContext context)
    {
        String path = context.request().path();
        if (path != null && DOT_SEGMENT.matcher(path).find()) {
            context.fail(new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the path has a '.' or '..' segment; name the resource directly"));
            return;
        }
        context.next();
    }

    /** Buffers JSON bodies up to the limit; leaves the upload's body to its streaming handler. */
    private static Handler<RoutingContext> jsonBodies(long maximumBytes)
    {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maximumBytes);
        return context -> {
            if (context.request().method() == HttpMethod.POST && UploadRoute.PATH.equals(context.request().path())) {
                context.next();
            }
            else {
                bodies.handle(context);
            }
        };
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.JobStore;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.cloudmigrate.server.http.internal.storage.WaveStore;
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
import io.vertx.openapi.validation.RequestUtils;

import java.io.PrintStream;

/**
 * The route table: every operation of the OpenAPI contract bound to its handler, in one place.
 * The contract's router is the root router (it mis-reads path parameters when mounted below a prefix),
 * so the contract spells out full paths. Authentication and roles, when they come, are one more root
 * handler in place of {@link Caller#identify} and a role beside each operation below.
 */
public final class ApiRoutes
{
    private ApiRoutes() {}

    /** What the handlers work with. */
    public record Services(Database database, EstateStore estates, UploadStore uploads, AssessmentStore assessments, JobStore jobStore, JobRunner jobs,
            PrometheusMeterRegistry registry, WaveStore waves, ArtifactStore artifacts) {}

    public static Router create(Vertx vertx, OpenAPIContract contract, Buffer contractText, Services services, ServerOptions options, PrintStream log)
    {
        OperationsRoutes operations = new OperationsRoutes(services.database(), services.registry(), contractText);
        UploadRoute upload = new UploadRoute(services.uploads(), options.maximumUploadBytes());
        EstateRoutes estates = new EstateRoutes(services.estates(), services.uploads(), services.jobs(), options.maximumUploadBytes());
        AssessmentRoutes assessments = new AssessmentRoutes(services.estates(), services.assessments(), services.jobs());
        JobRoutes jobs = new JobRoutes(services.jobStore(), services.jobs());
        ArtifactRoutes artifacts = new ArtifactRoutes(services.assessments(), services.artifacts(), services.jobs());
        WaveRoutes waves = new WaveRoutes(services.waves());
        RiskCostRoutes risksAndCosts = new RiskCostRoutes(services.assessments());

        // Validation reads the body the body handler buffered (within the limit), not the request again.
        RouterBuilder builder = RouterBuilder.create(vertx, contract, (context, operation) -> RequestUtils.extract(context.request(), operation,
                () -> Future.succeededFuture(context.body().buffer() == null ? Buffer.buffer() : context.body().buffer())));
        builder.rootHandler(new RequestLog(log, contract)::handle);
        builder.rootHandler(Caller::identify);
        builder.rootHandler(jsonBodies(options.maximumBodyBytes()));

        bind(builder, "health", operations::health);
        bind(builder, "ready", operations::ready);
        bind(builder, "metrics", operations::metrics);
        bind(builder, "contract", operations::contract);

        bind(builder, "createUpload", upload::handle);
        // The body is streamed to disk by the handler; the contract's validator would wait for all of it in memory.
        builder.getRoute("createUpload").setDoValidation(false);

        bind(builder, "createEstate", estates::create);
        bind(builder, "listEstates", estates::list);
        bind(builder, "getEstate", estates::get);
        bind(builder, "deleteEstate", estates::delete);

        bind(builder, "createAssessment", assessments::create);
        bind(builder, "listAssessments", assessments::list);
        bind(builder, "getAssessment", assessments::get);
        bind(builder, "listRecommendations", assessments::recommendations);
        bind(builder, "getRecommendation", assessments::recommendation);
        bind(builder, "putOverride", assessments::putOverride);
        bind(builder, "deleteOverride", assessments::deleteOverride);

        bind(builder, "listRisks", risksAndCosts::risks);
        bind(builder, "listCosts", risksAndCosts::costs);

        bind(builder, "listWaves", waves::list);
        bind(builder, "decideWave", waves::decide);

        bind(builder, "generateArtifacts", artifacts::generate);
        bind(builder, "listArtifacts", artifacts::list);
        bind(builder, "getArtifactFile", artifacts::file);
        bind(builder, "getArtifactZip", artifacts::zip);

        bind(builder, "listJobs", jobs::list);
        bind(builder, "getJob", jobs::get);
        bind(builder, "jobEvents", jobs::events);
        bind(builder, "cancelJob", jobs::cancel);

        Router router = builder.createRouter();
        ApiDocs.mount(router);
        router.route().failureHandler(ProblemResponses::handle);
        router.errorHandler(404, ProblemResponses::handle);
        router.errorHandler(405, ProblemResponses::handle);
        router.errorHandler(500, ProblemResponses::handle);
        return router;
    }

    private static void bind(RouterBuilder builder, String operationId, Handler<RoutingContext> handler)
    {
        builder.getRoute(operationId).addHandler(handler);
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

package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.jobs.AssessWork;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.OverrideRequest;
import io.cloudmigrate.server.http.internal.storage.RecommendationFilter;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.pipeline.Pricing;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Assessments: created by a job from an estate; the summary; the recommendations, filtered and paged;
 * and the reviewer's overrides beside them.
 */
final class AssessmentRoutes
{
    private final EstateStore estates;
    private final AssessmentStore assessments;
    private final JobRunner jobs;
    private final Pricing pricing;

    AssessmentRoutes(EstateStore estates, AssessmentStore assessments, JobRunner jobs, Pricing pricing)
    {
        this.pricing = requireNonNull(pricing, "pricing is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.assessments = requireNonNull(assessments, "assessments is null");
        this.jobs = requireNonNull(jobs, "jobs is null");
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        JsonObject body = exchange.body();
        AssessWork.Options options = options(body);
        Scope scope = exchange.scope();
        exchange.blocking(() -> jobs.submit(JobKind.ASSESS, estates.permittedWorkspace(estateId, scope), Optional.of(estateId), JsonText.write(body.getMap()),
                AssessWork.STEP_COUNT, new AssessWork(estates, assessments, estateId, options, pricing)), exchange::accepted);
    }

    private static AssessWork.Options options(JsonObject body)
    {
        // The contract has checked the types and ranges; a date is parsed here as the CLI parses --as-of.
        Optional<LocalDate> asOf = Optional.ofNullable(body.getString("asOf")).map(AssessmentRoutes::date);
        JsonObject goals = body.getJsonObject("goals");
        Optional<BusinessGoals> businessGoals = goals == null ? Optional.empty()
                : Optional.of(new BusinessGoals(goals.getInteger("speedOfMigration"), goals.getInteger("reduceOperationalOverhead"),
                        goals.getInteger("modernizeInfrastructure"), goals.getInteger("licenseCostReduction")));
        JsonArray cidrs = body.getJsonArray("onPremisesCidrs", new JsonArray());
        List<String> onPremisesCidrs = cidrs.stream().map(String::valueOf).toList();
        return new AssessWork.Options(asOf, businessGoals, Optional.ofNullable(body.getInteger("maxWaveSize")), onPremisesCidrs);
    }

    private static LocalDate date(String text)
    {
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "asOf must be a date as yyyy-MM-dd, found '" + text + "'");
        }
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID estateId = exchange.uuid("estateId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> assessments.list(estateId, scope, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    void get(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> assessments.get(id, scope), summary -> exchange.json(200, summary));
    }

    void recommendations(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        RecommendationFilter filter = Filters.of(exchange);
        Scope scope = exchange.scope();
        // The contract allows only these two views; full (each item whole) stays the default for existing clients.
        if (exchange.query("view").orElse("full").equals("summary")) {
            exchange.blocking(() -> assessments.recommendationSummariesJson(id, scope, filter, exchange.limit(), exchange.query("cursor")),
                    page -> exchange.jsonBytes(200, page));
        }
        else {
            exchange.blocking(() -> assessments.recommendationsJson(id, scope, filter, exchange.limit(), exchange.query("cursor")), page -> exchange.jsonBytes(200, page));
        }
    }

    void recommendation(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        String resourceId = exchange.path("resourceId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> assessments.recommendation(id, resourceId, scope), item -> exchange.json(200, item));
    }

    void putOverride(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        String resourceId = exchange.path("resourceId");
        JsonObject body = exchange.body();
        Caller caller = exchange.caller();
        OverrideRequest request = new OverrideRequest(Strategy.valueOf(body.getString("strategy")), Optional.ofNullable(body.getString("target")),
                body.getString("justification").strip(), caller.name(), caller.address());
        Scope scope = exchange.scope();
        exchange.blocking(() -> assessments.override(id, resourceId, request, scope), item -> exchange.json(200, item));
    }

    void deleteOverride(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        String resourceId = exchange.path("resourceId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> {
            assessments.removeOverride(id, resourceId, scope);
            return id;
        }, ignored -> exchange.noContent());
    }
}

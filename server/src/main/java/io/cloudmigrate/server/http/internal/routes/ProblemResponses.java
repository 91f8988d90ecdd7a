package io.cloudmigrate.server.http.internal.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.internal.problem.Problem;
import io.cloudmigrate.server.http.internal.problem.Problems;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.json.schema.OutputUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one failure handler: every error becomes an RFC 9457 problem+json body. A failed validation is
 * a 400 naming the field; an unexpected exception is a 500 whose details stay in the log.
 */
final class ProblemResponses
{
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Pattern PARAMETER = Pattern.compile("(?:path|query|header|cookie) parameter (\\S+?)[ .]");

    private ProblemResponses() {}

    static void handle(RoutingContext context)
    {
        if (context.response().headWritten()) {
            // A stream already begun (server-sent events) cannot turn into a problem: end it.
            context.response().reset();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof HttpException http && http.getCause() != null) {
            failure = http.getCause();
        }
        Problem problem;
        if (failure instanceof HttpException http) {
            problem = ofStatus(http.getStatusCode(), context);
        }
        else if (failure instanceof ValidatorException invalid) {
            problem = invalid(invalid);
        }
        else if (failure == null) {
            problem = ofStatus(context.statusCode() < 0 ? 500 : context.statusCode(), context);
        }
        else if (!(failure instanceof CloudMigrateException) && context.statusCode() >= 400 && context.statusCode() < 500) {
            // A Vert.x handler refusing a request (CORS, for one) fails with its status and an exception of its own.
            problem = ofStatus(context.statusCode(), context);
        }
        else {
            problem = Problems.of(failure);
            if (problem.status() >= 500) {
                LOG.error("request {} {} failed (request id {})", context.request().method(), context.request().path(), RequestLog.requestId(context), failure);
            }
        }
        send(context, problem);
    }

    static void send(RoutingContext context, Problem problem)
    {
        Body body = new Body(problem.type(), problem.title(), problem.status(), problem.detail(), context.request().path(), RequestLog.requestId(context),
                problem.field());
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", "application/problem+json").end(JsonText.write(body));
    }

    /** The problem+json document; a record, so that its members keep the order of RFC 9457. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Body(String type, String title, int status, String detail, String instance, String requestId, String field) {}

    private static Problem ofStatus(int status, RoutingContext context)
    {
        return switch (status) {
            case 403 -> Problems.of(403, "forbidden", "the request is not allowed" + origin(context), null);
            case 404 -> Problems.of(404, "not-found", "no resource at " + context.request().path(), null);
            case 405 -> Problems.of(405, "method-not-allowed", context.request().method() + " is not allowed on " + context.request().path(), null);
            case 413 -> Problems.of(413, "too-large", "the request body is larger than the server accepts", null);
            default -> status >= 500 ? Problems.internal() : Problems.of(status, "client-error", "the request was refused", null);
        };
    }

    private static String origin(RoutingContext context)
    {
        String origin = context.request().getHeader("Origin");
        return origin == null ? "" : " from the origin " + origin + " (serve --cors-origin names the origins allowed)";
    }

    private static Problem invalid(ValidatorException invalid)
    {
        String field = null;
        String detail = invalid.getMessage();
        if (invalid instanceof SchemaValidationException schema && schema.getOutputUnit() != null && detail.contains("request body")) {
            OutputUnit unit = deepest(schema.getOutputUnit());
            String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation().replace("#", "");
            field = location.isEmpty() ? "body" : "body" + location;
            detail = "the request body is invalid at " + field + ": " + (unit.getError() == null ? detail : unit.getError());
        }
        if (field == null) {
            Matcher parameter = PARAMETER.matcher(invalid.getMessage() + " ");
            if (parameter.find()) {
                field = parameter.group(1);
            }
            else if (invalid.getMessage().contains("body")) {
                field = "body";
            }
        }
        return Problems.of(400, "invalid-request", detail, field);
    }

    private static OutputUnit deepest(OutputUnit unit)
    {
        OutputUnit current = unit;
        while (current.getErrors() != null && !current.getErrors().isEmpty()) {
            current = current.getErrors().getFirst();
        }
        return current;
    }
}

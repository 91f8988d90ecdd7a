package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Path;

import java.io.PrintStream;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One JSON line per request on the log stream (method, route, path, status, duration, request id),
 * and the request id on every response: the caller's {@code X-Request-Id} when it is a plain token,
 * else a new one.
 */
final class RequestLog
{
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String KEY = "cloudmigrate.requestId";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final PrintStream log;
    private final OpenAPIContract contract;

    RequestLog(PrintStream log, OpenAPIContract contract)
    {
        this.log = requireNonNull(log, "log is null");
        this.contract = requireNonNull(contract, "contract is null");
    }

    void handle(RoutingContext context)
    {
        long start = System.nanoTime();
        String given = context.request().getHeader(REQUEST_ID_HEADER);
        String requestId = given != null && ACCEPTED_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.put(KEY, requestId);
        context.response().putHeader(REQUEST_ID_HEADER, requestId);
        context.addEndHandler(ignored -> write(context, requestId, start));
        context.next();
    }

    /** One log line; a record, so that its fields keep this order. */
    private record Line(String time, String level, String event, String requestId, String method, String route, String path, int status, double durationMs) {}

    static String requestId(RoutingContext context)
    {
        return context.get(KEY);
    }

    private void write(RoutingContext context, String requestId, long start)
    {
        // The route is the contract's path template, also for requests that failed before their handler.
        Path route = context.request().path() == null ? null : contract.findPath(context.request().path());
        int status = context.response().getStatusCode();
        String text = JsonText.write(new Line(Instant.now().toString(), status >= 500 ? "ERROR" : "INFO", "http.request", requestId,
                context.request().method().name(), route == null ? null : route.getName(), context.request().path(), status,
                Math.round((System.nanoTime() - start) / 10_000.0) / 100.0));
        synchronized (log) {
            log.println(text);
        }
    }
}

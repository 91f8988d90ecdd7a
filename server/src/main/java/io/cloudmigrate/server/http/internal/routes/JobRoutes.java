package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.JobStore;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Jobs: status, list, cancel, and progress as Server-Sent Events. Every change of a job is
 * published on the event bus, where each open stream listens.
 */
final class JobRoutes
{
    private static final String ADDRESS_PREFIX = "cloudmigrate.job.";
    private static final String FINAL_HEADER = "final";

    private final JobStore store;
    private final JobRunner runner;

    JobRoutes(JobStore store, JobRunner runner)
    {
        this.store = requireNonNull(store, "store is null");
        this.runner = requireNonNull(runner, "runner is null");
    }

    /** Publishes a change of a job to the streams that follow it. */
    static void publish(Vertx vertx, Job job)
    {
        vertx.eventBus().publish(ADDRESS_PREFIX + job.id(), JsonText.write(job),
                new DeliveryOptions().addHeader(FINAL_HEADER, Boolean.toString(job.state().isFinal())));
    }

    void get(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("jobId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> store.get(id, scope), job -> exchange.json(200, job));
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        Scope scope = exchange.scope();
        exchange.blocking(() -> store.list(scope, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    void cancel(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("jobId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> runner.cancel(id, scope), job -> exchange.json(202, job));
    }

    void events(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("jobId");
        Scope scope = exchange.scope();
        // A job of another workspace is not found before anything about it is listened to.
        exchange.blocking(() -> store.get(id, scope), visible -> {
            HttpServerResponse response = context.response()
                    .setChunked(true)
                    .putHeader("Content-Type", "text/event-stream")
                    .putHeader("Cache-Control", "no-cache");
            // Listen before reading the current state, so that no change falls between the two.
            MessageConsumer<String> consumer = context.vertx().eventBus().localConsumer(ADDRESS_PREFIX + id);
            consumer.handler(message -> send(response, consumer, message.body(), Boolean.parseBoolean(message.headers().get(FINAL_HEADER))));
            response.closeHandler(ignored -> consumer.unregister());
            context.addEndHandler(ignored -> consumer.unregister());
            exchange.blocking(() -> store.get(id, scope), job -> send(response, consumer, JsonText.write(job), job.state().isFinal()));
        });
    }

    private static void send(HttpServerResponse response, MessageConsumer<String> consumer, String json, boolean last)
    {
        if (response.ended() || response.closed()) {
            return;
        }
        response.write("event: job\ndata: " + json + "\n\n");
        if (last) {
            consumer.unregister();
            response.end();
        }
    }
}

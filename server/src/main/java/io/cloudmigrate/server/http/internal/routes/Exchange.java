package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.netty.buffer.Unpooled;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One request and its answer, for the handlers: the parameters as the contract validated them, the
 * blocking work (the database, the stages) off the event loop, and the JSON answers. Handlers build
 * no error bodies: a failure goes to {@link ProblemResponses}.
 */
final class Exchange
{
    static final int LIMIT_DEFAULT = 50;

    private final RoutingContext context;
    private final ValidatedRequest request;

    Exchange(RoutingContext context)
    {
        this.context = context;
        this.request = context.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    }

    RoutingContext context()
    {
        return context;
    }

    Caller caller()
    {
        return Caller.of(context);
    }

    /** What this operation may see and change, for the stores. */
    Scope scope()
    {
        return Caller.scope(context);
    }

    UUID uuid(String name)
    {
        String text = request.getPathParameters().get(name).getString();
        try {
            return UUID.fromString(text);
        }
        catch (IllegalArgumentException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, name + " must be a UUID, found '" + text + "'");
        }
    }

    String path(String name)
    {
        return request.getPathParameters().get(name).getString();
    }

    int pathInteger(String name)
    {
        return request.getPathParameters().get(name).getInteger();
    }

    Optional<String> query(String name)
    {
        RequestParameter parameter = request.getQuery().get(name);
        return parameter == null || parameter.isNull() ? Optional.empty() : Optional.of(String.valueOf(parameter.get()));
    }

    Optional<Integer> queryInteger(String name)
    {
        RequestParameter parameter = request.getQuery().get(name);
        return parameter == null || parameter.isNull() ? Optional.empty() : Optional.of(parameter.getInteger());
    }

    /** A repeatable query parameter ({@code ?tag=a&tag=b}), in the order given. */
    List<String> queryList(String name)
    {
        RequestParameter parameter = request.getQuery().get(name);
        if (parameter == null || parameter.isNull()) {
            return List.of();
        }
        Object value = parameter.get();
        if (value instanceof JsonArray array) {
            return array.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    int limit()
    {
        return queryInteger("limit").orElse(LIMIT_DEFAULT);
    }

    /** The validated JSON body, or an empty object when the contract allows none and none came. */
    JsonObject body()
    {
        RequestParameter body = request.getBody();
        return body == null || body.isNull() || body.isEmpty() ? new JsonObject() : body.getJsonObject();
    }

    /**
     * Runs blocking work on a worker thread, then answers with its result on the event loop. A change
     * is recorded in the audit log on the way ({@link AuditTrail}), before the answer goes out.
     */
    <T> void blocking(Callable<T> work, Consumer<T> answer)
    {
        context.vertx().executeBlocking(() -> AuditTrail.recorded(context, work), false).onSuccess(answer::accept).onFailure(context::fail);
    }

    void json(int status, Object value)
    {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(JsonText.write(value));
    }

    /**
     * Answers with UTF-8 JSON a store wrote already. The bytes are wrapped, not copied: they may be a cached
     * page of a quarter of a megabyte, answered a thousand times a second, and Netty only reads them.
     */
    void jsonBytes(int status, byte[] json)
    {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(BufferInternal.buffer(Unpooled.wrappedBuffer(json)));
    }

    void accepted(Job job)
    {
        context.response().putHeader("Location", "/api/v1/jobs/" + job.id());
        json(202, job);
    }

    void noContent()
    {
        context.response().setStatusCode(204).end();
    }
}

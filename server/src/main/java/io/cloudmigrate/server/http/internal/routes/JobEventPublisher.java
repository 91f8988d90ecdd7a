package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.Job;
import io.vertx.core.Vertx;

/**
 * Tells the open event streams about a change of a job.
 */
public final class JobEventPublisher
{
    private JobEventPublisher() {}

    public static void publish(Vertx vertx, Job job)
    {
        JobRoutes.publish(vertx, job);
    }
}

package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.Traffic;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The traffic of an estate: replaced by a flows job, read by the next assessment of the estate.
 */
public final class TrafficStore
{
    private final Database database;

    public TrafficStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** Replaces the estate's traffic; later assessments of the estate read this one. A job's, so unscoped: the scope is checked when the job is submitted. */
    public TrafficSummary replace(UUID estateId, Traffic traffic, TrafficSummary summary)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update estates set traffic = ?, traffic_records = ?, traffic_summary = ? where id = ?")) {
                update.setString(1, JsonDocuments.toJson(traffic));
                update.setLong(2, traffic.records());
                update.setString(3, JsonText.write(summary));
                update.setObject(4, estateId);
                if (update.executeUpdate() == 0) {
                    throw EstateStore.notFound(estateId);
                }
            }
            return summary;
        });
    }

    /** What the last flows job read, or, for traffic that came with an import, what its document holds. */
    public TrafficSummary summary(UUID estateId, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select traffic_summary from estates where id = ? and " + Scope.visible("workspace_id"))) {
                select.setObject(1, estateId);
                scope.bind(select, 2);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw EstateStore.notFound(estateId);
                    }
                    String summary = result.getString(1);
                    if (summary != null) {
                        return JsonText.read(summary, TrafficSummary.class).withEstateId(estateId.toString());
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select traffic from estates where id = ?")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    Traffic traffic = JsonText.read(result.getString(1), Traffic.class);
                    return new TrafficSummary(estateId.toString(), traffic.records(), traffic.malformed(), traffic.malformedSamples(), traffic.edges().size(),
                            List.of(), List.of());
                }
            }
        });
    }
}

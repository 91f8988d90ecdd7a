package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.server.http.internal.storage.PageCache.Cached;
import io.cloudmigrate.server.http.internal.storage.PageCache.Key;
import io.cloudmigrate.server.http.internal.storage.PageCache.View;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Pages of an assessment's recommendations, each read in one statement; the two views a client reads
 * (the full items and the table's summary) answered from a {@link PageCache} while the data they show
 * is unchanged.
 *
 * <p>What a page shows is an assessment's rows, which never change once stored, and its estate's
 * overrides, which reviewers change at any time. So a page's version is a digest of the overrides'
 * row versions (each row's {@code xmin}, the transaction that wrote it: an insert, update or delete
 * of an override changes the digest), read in the same statement as the page. Before a cached page is
 * answered, one small statement checks that the caller still sees the assessment and reads the
 * version again: a page is answered from the cache only when nothing it shows has changed since,
 * whichever write path changed it.
 */
final class RecommendationPages
{
    private static final String VERSION = "(select md5(coalesce(string_agg(o.resource_id || ' ' || o.xmin::text, ' ' order by o.resource_id), ''))"
            + " from overrides o where o.estate_id = a.estate_id)";
    private static final String VISIBLE_ASSESSMENT = " from assessments a join estates e on e.id = a.estate_id where a.id = ? and " + Scope.visible("e.workspace_id");

    private final Database database;
    private final PageCache cache;

    RecommendationPages(Database database, PageCache cache)
    {
        this.database = requireNonNull(database, "database is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    Page<RecommendationItem> items(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor, String requirement)
    {
        return page(id, scope, filter, limit, cursor, requirement, AssessmentStore.ITEM_COLUMNS, AssessmentStore::readItem, RecommendationItem::resourceId).page();
    }

    Page<RecommendationSummary> summaries(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return summaryPage(id, scope, filter, limit, cursor).page();
    }

    /** {@link #summaries} as the UTF-8 JSON the API answers with. */
    byte[] summariesJson(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return cached(new Key(id, View.SUMMARY, filter, limit, cursor), scope, () -> {
            Versioned<RecommendationSummary> read = summaryPage(id, scope, filter, limit, cursor);
            return new Cached(read.version(), JsonText.write(read.page()).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The full items as UTF-8 JSON, spliced from their stored text ({@link ItemJson}). */
    byte[] itemsJson(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return cached(new Key(id, View.FULL, filter, limit, cursor), scope, () -> {
            Versioned<ItemBytes> read = page(id, scope, filter, limit, cursor, "", AssessmentStore.ITEM_COLUMNS,
                    result -> new ItemBytes(result.getString("resource_id"), ItemJson.of(result)), ItemBytes::resourceId);
            return new Cached(read.version(), ItemJson.page(read.page().items().stream().map(ItemBytes::json).toList(), read.page().nextCursor()));
        });
    }

    private record ItemBytes(String resourceId, byte[] json) {}

    private interface PageRead
    {
        Cached read();
    }

    private byte[] cached(Key key, Scope scope, PageRead read)
    {
        Optional<Cached> cached = cache.get(key);
        if (cached.isPresent() && cached.get().version().equals(version(key.assessmentId(), scope))) {
            return cached.get().json();
        }
        Cached fresh = read.read();
        cache.put(key, fresh);
        return fresh.json();
    }

    /** The version of what the assessment's pages show; not found when the scope does not see the assessment. */
    private String version(UUID id, Scope scope)
    {
        return Sql.read(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + VERSION + VISIBLE_ASSESSMENT)) {
                select.setObject(1, id);
                scope.bind(select, 2);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw AssessmentStore.notFound(id);
                    }
                    return result.getString(1);
                }
            }
        });
    }

    private Versioned<RecommendationSummary> summaryPage(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return page(id, scope, filter, limit, cursor, "", AssessmentStore.SUMMARY_COLUMNS, RecommendationColumns::read, RecommendationSummary::resourceId);
    }

    private record Versioned<T>(Page<T> page, String version) {}

    private interface RowReader<T>
    {
        T read(ResultSet result)
                throws SQLException;
    }

    /**
     * One statement: whether the scope sees the assessment, its version, and the page beside it (a page is
     * read on every scroll of a table, so it costs one round trip, outside a transaction). No row: the
     * assessment is not there for the scope; one row of nulls beside the version: it is, and the page is empty.
     */
    private <T> Versioned<T> page(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor, String requirement, String columns,
            RowReader<T> reader, Function<T, String> sortKey)
    {
        Optional<String> after = Page.decode(cursor);
        RecommendationQuery query = RecommendationQuery.of(filter, after, requirement);
        String text = "select v.page_version, p.* from (select a.id, " + VERSION + " as page_version" + VISIBLE_ASSESSMENT
                + ") v left join lateral (select " + columns + AssessmentStore.ITEM_FROM + " where r.assessment_id = v.id" + query.conditions()
                + " order by r.resource_id limit ?) p on true order by p.resource_id";
        return Sql.read(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(text)) {
                select.setObject(1, id);
                int parameter = query.bind(select, scope.bind(select, 2));
                select.setInt(parameter, limit + 1);
                List<T> rows = new ArrayList<>();
                String version;
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw AssessmentStore.notFound(id);
                    }
                    version = result.getString("page_version");
                    if (result.getString("resource_id") != null) {
                        do {
                            rows.add(reader.read(result));
                        }
                        while (result.next());
                    }
                }
                return new Versioned<>(Page.of(rows, limit, sortKey), version);
            }
        });
    }
}

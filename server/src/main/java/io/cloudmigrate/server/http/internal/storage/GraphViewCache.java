package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.graph.GraphView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Views of assessments already drawn, least recently read dropped first, bounded by the elements they hold.
 * A view depends on the assessment's document and the view alone, and neither ever changes (overrides
 * change strategies, which are read per request, not the graph), so an entry is never stale and needs no
 * invalidation. A view is drawn once however many ask for it at the same time, and at most
 * {@link #DRAWING_AT_ONCE} are drawn at once: each reads a whole assessment document (35 MB of JSON at
 * 5,000 resources), and a burst of them must not fill the heap.
 */
final class GraphViewCache
{
    static final int DRAWING_AT_ONCE = 2;

    record Key(UUID assessmentId, GraphView view)
    {
        Key
        {
            requireNonNull(assessmentId, "assessmentId is null");
            requireNonNull(view, "view is null");
        }
    }

    private final WeightedLru<Key, GraphViewOutcome> entries;
    // only looked up by key, never iterated
    private final Map<Key, CompletableFuture<GraphViewOutcome>> drawing = new HashMap<>();
    private final Semaphore permits = new Semaphore(DRAWING_AT_ONCE);

    /** @param maximumElements the most nodes and edges the kept views hold together */
    GraphViewCache(long maximumElements)
    {
        this.entries = new WeightedLru<>(maximumElements, GraphViewOutcome::elements);
    }

    /** The view, drawn by {@code draw} when no one has drawn it yet; a refusal {@code draw} throws is not kept. */
    GraphViewOutcome get(Key key, Supplier<GraphViewOutcome> draw)
    {
        CompletableFuture<GraphViewOutcome> pending;
        boolean mine = false;
        synchronized (this) {
            Optional<GraphViewOutcome> kept = entries.get(key);
            if (kept.isPresent()) {
                return kept.get();
            }
            pending = drawing.get(key);
            if (pending == null) {
                pending = new CompletableFuture<>();
                drawing.put(key, pending);
                mine = true;
            }
        }
        if (mine) {
            try {
                GraphViewOutcome outcome = drawn(draw);
                entries.put(key, outcome);
                pending.complete(outcome);
            }
            catch (RuntimeException | Error e) {
                pending.completeExceptionally(e);
            }
            finally {
                synchronized (this) {
                    drawing.remove(key);
                }
            }
        }
        try {
            return pending.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof CloudMigrateException refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    private GraphViewOutcome drawn(Supplier<GraphViewOutcome> draw)
    {
        permits.acquireUninterruptibly();
        try {
            return draw.get();
        }
        finally {
            permits.release();
        }
    }
}

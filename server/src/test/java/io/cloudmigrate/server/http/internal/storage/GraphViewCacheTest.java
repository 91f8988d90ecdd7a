package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.ViewedGraph;
import io.cloudmigrate.server.http.internal.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphViewCacheTest
{
    private static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void dropsTheLeastRecentlyReadViewOnceTheElementsPassTheCapacity()
    {
        // each view holds 3 elements: two nodes and their edge
        GraphViewCache cache = new GraphViewCache(9);
        AtomicInteger draws = new AtomicInteger();
        for (String focus : List.of("a", "b", "c", "a", "d")) {
            cache.get(key(focus), () -> drawn(draws));
        }
        assertThat(draws).hasValue(4);

        cache.get(key("a"), () -> drawn(draws));
        cache.get(key("c"), () -> drawn(draws));
        cache.get(key("d"), () -> drawn(draws));
        assertThat(draws).as("a, c and d are kept").hasValue(4);
        cache.get(key("b"), () -> drawn(draws));
        assertThat(draws).as("b was dropped").hasValue(5);
    }

    @Test
    void keepsNoRefusalSoThatTheNextRequestIsAnsweredAgain()
    {
        GraphViewCache cache = new GraphViewCache(100);
        AtomicInteger draws = new AtomicInteger();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> cache.get(key("missing"), () -> {
                draws.incrementAndGet();
                throw new InvalidParameterException("focus", "focus: no resource of the assessment has the id or name missing");
            })).isInstanceOf(CloudMigrateException.class).hasMessageContaining("missing");
        }
        assertThat(draws).hasValue(2);
    }

    @Test
    void drawsAViewOnceForRequestsThatAskForItAtTheSameTime()
            throws Exception
    {
        GraphViewCache cache = new GraphViewCache(100);
        AtomicInteger draws = new AtomicInteger();
        CountDownLatch asked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<GraphViewOutcome>> answers = List.of(1, 2, 3, 4).stream().map(ignored -> threads.submit(() -> cache.get(key("a"), () -> {
                try {
                    // the drawing lasts until every request has asked
                    asked.await(5, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return drawn(draws);
            }))).toList();
            Thread.sleep(200);
            asked.countDown();
            for (Future<GraphViewOutcome> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(answers.getFirst().get());
            }
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(draws).hasValue(1);
    }

    private static GraphViewCache.Key key(String focus)
    {
        return new GraphViewCache.Key(ASSESSMENT, new GraphView(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.NONE, OptionalInt.empty(), Optional.of(focus), 1));
    }

    private static GraphViewOutcome drawn(AtomicInteger draws)
    {
        draws.incrementAndGet();
        DependencyEdge edge = new DependencyEdge("a", "b", EdgeKind.OBSERVED, 443, "tcp", 1, 100, "observed tcp/443");
        return new GraphViewOutcome.Drawn(List.of("a", "b"), ViewedGraph.of(new GraphAnalysis(List.of("a", "b"), List.of(edge), List.of(), List.of(), List.of(), List.of())));
    }
}

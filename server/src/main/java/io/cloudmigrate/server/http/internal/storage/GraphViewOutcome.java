package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.graph.ViewedGraph;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** What drawing a view of an assessment came to: the view, or a refusal because it holds too much for one document. */
sealed interface GraphViewOutcome
{
    /** How many nodes and edges a cache holds for this outcome. */
    long elements();

    /**
     * @param nodeIds every node drawn, sorted: the view's nodes and the ends of its edges (internet, on-premises …)
     */
    record Drawn(List<String> nodeIds, ViewedGraph viewed)
            implements GraphViewOutcome
    {
        public Drawn
        {
            nodeIds = List.copyOf(nodeIds);
            requireNonNull(viewed, "viewed is null");
        }

        @Override
        public long elements()
        {
            return nodeIds.size() + viewed.analysis().edges().size();
        }
    }

    record TooLarge(int nodes, int edges)
            implements GraphViewOutcome
    {
        @Override
        public long elements()
        {
            return 1;
        }
    }
}

package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.GraphViews;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The part of the dependency graph a picture shows: some edge kinds, one wave, the neighbourhood of one
 * resource, and resources collapsed into their VPC, subnet, application or resource type. A DB cluster or replication
 * group and its members are always one node: membership is drawn as one unit, not as a cycle.
 *
 * @param kinds the edge kinds drawn
 * @param wave only edges with an end in this wave, when given
 * @param focus only what lies within {@code hops} edges of this resource (id or name), when given
 * @param hops how far from {@code focus}, in edges either way; at least 1
 */
public record GraphView(Set<EdgeKind> kinds, Collapse collapse, OptionalInt wave, Optional<String> focus, int hops)
{
    /** What resources are drawn as. */
    public enum Collapse
    {
        /** Each resource (a cluster with its members) is a node. */
        NONE,
        /** A node per VPC. */
        VPC,
        /** A node per subnet (the first the resource is placed in). */
        SUBNET,
        /** A node per {@code app} or {@code application} tag value. */
        APP,
        /** A node per resource type, named by its CloudFormation type ({@code AWS::S3::Bucket}). */
        TYPE,
        /**
         * A node per VPC, and for a resource in no VPC (an S3 bucket, a Lambda function outside a VPC)
         * a node per resource type: the estate's networks, with what lives outside them in a few boxes.
         */
        VPC_OR_TYPE
    }

    public static final int HOPS_DEFAULT = 2;

    /** Every edge kind, nothing collapsed, the whole graph. */
    public static final GraphView ALL = new GraphView(Set.of(EdgeKind.values()), Collapse.NONE, OptionalInt.empty(), Optional.empty(), HOPS_DEFAULT);

    public GraphView
    {
        kinds = Set.copyOf(requireNonNull(kinds, "kinds is null"));
        requireNonNull(collapse, "collapse is null");
        requireNonNull(wave, "wave is null");
        requireNonNull(focus, "focus is null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds is empty");
        }
        if (hops < 1) {
            throw new IllegalArgumentException("hops must be at least 1");
        }
    }

    /**
     * The analysis as this view shows it, for a {@link GraphExporter}: nodes and edges chosen and
     * collapsed, edges between the same nodes of one kind, port and protocol merged (volumes added).
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException naming the resource or wave when {@code focus} or {@code wave} is not in the analysis
     */
    public GraphAnalysis apply(GraphAnalysis analysis, Inventory inventory)
    {
        return view(analysis, inventory).analysis();
    }

    /**
     * As {@link #apply}, with what each collapsed box is called and how many resources it holds, for a
     * picture that names them.
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException as {@link #apply} does
     */
    public ViewedGraph view(GraphAnalysis analysis, Inventory inventory)
    {
        return GraphViews.apply(this, analysis, inventory);
    }
}

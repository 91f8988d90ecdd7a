package io.cloudmigrate.graph;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The dependency graph as a {@link GraphView} draws it: the analysis, whose nodes are resource ids or,
 * once collapsed, box ids ({@code vpc vpc-0a1b2c3d4e5f67890}, {@code type AWS::S3::Bucket}), and what
 * each box is called and how many resources it holds.
 *
 * @param boxes per box id, sorted; a node that is one resource (or a cluster with its members) is no box
 */
public record ViewedGraph(GraphAnalysis analysis, SortedMap<String, Box> boxes)
{
    /**
     * A node that stands for the resources of one VPC, subnet, application or resource type.
     *
     * @param label what the box is, for a person: {@code VPC storefront-prod (10.10.0.0/16)}, or by its
     *         full id when it has no Name tag ({@code VPC vpc-0a1b2c3d4e5f67890 (10.0.0.0/16)}), the block
     *         given when the inventory holds the VPC or subnet; {@code app orders}; {@code AWS::S3::Bucket}
     * @param resources how many resources of the view it holds, a cluster's members included; at least 1
     * @param resourcesByWave of those, how many each wave moves (a resource in no wave is in none)
     */
    public record Box(String label, int resources, SortedMap<Integer, Integer> resourcesByWave)
    {
        public Box
        {
            requireNonNull(label, "label is null");
            resourcesByWave = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(resourcesByWave, "resourcesByWave is null")));
            if (resources < 1) {
                throw new IllegalArgumentException("a box holds at least one resource, not " + resources);
            }
        }

        /** "1 resource", "42 resources". */
        public String count()
        {
            return resources == 1 ? "1 resource" : resources + " resources";
        }

        /** How many of its resources wave {@code number} moves. */
        public int resourcesIn(int number)
        {
            return resourcesByWave.getOrDefault(number, 0);
        }
    }

    public ViewedGraph
    {
        requireNonNull(analysis, "analysis is null");
        boxes = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(boxes, "boxes is null")));
    }

    /** The analysis as it is, every node one resource. */
    public static ViewedGraph of(GraphAnalysis analysis)
    {
        return new ViewedGraph(analysis, new TreeMap<>());
    }
}

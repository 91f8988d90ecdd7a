package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.ViewedGraph;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the boxes of a collapsed view are called and how many resources each holds. A VPC or subnet is
 * named by its Name tag, else by its whole id (never a shortened one: two ids may share their first
 * characters), with its CIDR block when the inventory holds it.
 */
final class ViewBoxes
{
    static final String VPC = "vpc ";
    static final String SUBNET = "subnet ";
    static final String APP = "app ";
    static final String TYPE = "type ";

    private final Map<String, Resource> networks = new TreeMap<>();

    /** @param resources the inventory's resources by id, sorted: the first VPC or subnet of an id names it */
    ViewBoxes(Map<String, Resource> resources)
    {
        for (Resource resource : resources.values()) {
            if (resource.details() instanceof ResourceDetails.Vpc vpc) {
                networks.putIfAbsent(vpc.vpcId(), resource);
            }
            else if (resource.details() instanceof ResourceDetails.Subnet subnet) {
                networks.putIfAbsent(subnet.subnetId(), resource);
            }
        }
    }

    /**
     * @param unitOfNode each drawn node (a resource, or a cluster standing for its members) and the box or node it is drawn as
     * @param groupByMember a cluster member's cluster
     */
    SortedMap<String, ViewedGraph.Box> boxes(Map<String, String> unitOfNode, Map<String, Resource> resources, Map<String, String> groupByMember,
            List<MigrationWave> waves)
    {
        Map<String, Integer> waveOf = new TreeMap<>();
        waves.forEach(wave -> wave.resourceIds().forEach(id -> waveOf.put(id, wave.number())));
        SortedMap<String, Integer> counts = new TreeMap<>();
        SortedMap<String, SortedMap<Integer, Integer>> byWave = new TreeMap<>();
        for (String id : resources.keySet()) {
            String node = groupByMember.getOrDefault(id, id);
            String unit = unitOfNode.get(node);
            // a node left as itself is no box: a resource without the VPC, subnet or tag collapsed by
            if (unit != null && !unit.equals(node)) {
                counts.merge(unit, 1, Integer::sum);
                // a member moves with its cluster
                Integer wave = waveOf.getOrDefault(id, waveOf.get(node));
                if (wave != null) {
                    byWave.computeIfAbsent(unit, ignored -> new TreeMap<>()).merge(wave, 1, Integer::sum);
                }
            }
        }
        SortedMap<String, ViewedGraph.Box> boxes = new TreeMap<>();
        counts.forEach((unit, count) -> boxes.put(unit, new ViewedGraph.Box(label(unit), count, byWave.getOrDefault(unit, new TreeMap<>()))));
        return boxes;
    }

    private String label(String unit)
    {
        if (unit.startsWith(VPC)) {
            return "VPC " + network(unit.substring(VPC.length()));
        }
        if (unit.startsWith(SUBNET)) {
            return "subnet " + network(unit.substring(SUBNET.length()));
        }
        return unit.startsWith(TYPE) ? unit.substring(TYPE.length()) : unit;
    }

    private String network(String id)
    {
        Resource resource = networks.get(id);
        if (resource == null) {
            return id;
        }
        String name = resource.name().isBlank() ? id : resource.name();
        String block = resource.details() instanceof ResourceDetails.Vpc vpc ? vpc.cidrBlock()
                : resource.details() instanceof ResourceDetails.Subnet subnet ? subnet.cidrBlock() : null;
        return block == null || block.isBlank() ? name : name + " (" + block + ")";
    }
}

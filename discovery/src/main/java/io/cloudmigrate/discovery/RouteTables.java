package io.cloudmigrate.discovery;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which subnets each route table of an estate serves, read the way EC2 routes: a table serves the
 * subnets associated with it, and the VPC's main table also serves every subnet of the VPC that no
 * table names. A subnet's VPC comes from the placement of any resource in it (the subnet itself when
 * {@code describe-subnets} was read, else its instances, databases …), so the main table's share is
 * known even without the subnet listing.
 */
public final class RouteTables
{
    private RouteTables() {}

    /** The subnet ids each route table serves, by the route table's resource id; every route table of {@code resources} is a key. */
    public static Map<String, SortedSet<String>> servedSubnets(Collection<Resource> resources)
    {
        Map<String, SortedSet<String>> subnetsOfVpc = new TreeMap<>();
        Map<String, SortedSet<String>> associatedInVpc = new TreeMap<>();
        for (Resource resource : resources) {
            String vpcId = resource.network().vpcId();
            if (vpcId != null) {
                subnetsOfVpc.computeIfAbsent(resource.scoped(vpcId), ignored -> new TreeSet<>()).addAll(resource.network().subnetIds());
                if (resource.details() instanceof ResourceDetails.RouteTable table) {
                    associatedInVpc.computeIfAbsent(resource.scoped(vpcId), ignored -> new TreeSet<>()).addAll(table.associatedSubnetIds());
                }
            }
        }
        Map<String, SortedSet<String>> served = new TreeMap<>();
        for (Resource resource : resources) {
            if (resource.details() instanceof ResourceDetails.RouteTable table) {
                SortedSet<String> subnets = new TreeSet<>(table.associatedSubnetIds());
                String vpcId = resource.network().vpcId();
                if (table.main() && vpcId != null) {
                    String vpc = resource.scoped(vpcId);
                    subnetsOfVpc.getOrDefault(vpc, Collections.emptySortedSet()).stream()
                            .filter(subnet -> !associatedInVpc.getOrDefault(vpc, Collections.emptySortedSet()).contains(subnet))
                            .forEach(subnets::add);
                }
                served.put(resource.id(), Collections.unmodifiableSortedSet(subnets));
            }
        }
        return Collections.unmodifiableMap(served);
    }
}

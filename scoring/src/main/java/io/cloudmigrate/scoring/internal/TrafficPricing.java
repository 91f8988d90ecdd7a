package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.DependencyIndex;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;

/**
 * The monthly cost of the traffic a resource sends out of its region, from the bytes of observed edges.
 *
 * <p>Flow logs fold a connection's responses into the client → server edge, so an edge's bytes count
 * both directions. Responses usually dominate, so the whole volume is charged to the server end (the
 * edge's target) at the rate from its region to the client's; an edge to or from the internet is
 * charged to its AWS end at the first charged tier of internet egress. Both are upper bounds. Traffic
 * between Availability Zones of one region is charged in both directions (AWS bills it on the way out
 * and on the way in) to the server end, when each end sits in one known zone (its subnets' zone);
 * resources spread over several zones (load balancers, Multi-AZ databases) are not charged for it.
 */
final class TrafficPricing
{
    /**
     * Bytes one resource sends out of its region over the observed window.
     *
     * @param interRegionBytes by the peer's region
     */
    record Volume(long internetBytes, SortedMap<String, Long> interRegionBytes, long interZoneBytes) {}

    private TrafficPricing() {}

    static Map<String, Volume> volumes(Inventory inventory, GraphAnalysis graph)
    {
        Map<String, Resource> resources = new TreeMap<>();
        inventory.resources().forEach(resource -> resources.put(resource.id(), resource));
        Map<String, Long> internet = new TreeMap<>();
        Map<String, SortedMap<String, Long>> interRegion = new TreeMap<>();
        Map<String, Long> interZone = new TreeMap<>();
        Map<String, String> zones = new TreeMap<>();
        inventory.resources().forEach(resource -> {
            if (resource.details() instanceof ResourceDetails.Subnet subnet && subnet.subnetId() != null && subnet.availabilityZone() != null) {
                zones.put(subnet.subnetId(), subnet.availabilityZone());
            }
        });
        for (DependencyEdge edge : graph.edges()) {
            if (edge.kind() != EdgeKind.OBSERVED || edge.bytes() <= 0) {
                continue;
            }
            Resource source = resources.get(edge.source());
            Resource target = resources.get(edge.target());
            if (DependencyIndex.isInternet(edge.source()) && target != null) {
                internet.merge(target.id(), edge.bytes(), Long::sum);
            }
            else if (DependencyIndex.isInternet(edge.target()) && source != null) {
                internet.merge(source.id(), edge.bytes(), Long::sum);
            }
            else if (source != null && target != null && !source.region().equals(target.region())) {
                interRegion.computeIfAbsent(target.id(), key -> new TreeMap<>()).merge(source.region(), edge.bytes(), Long::sum);
            }
            else if (source != null && target != null) {
                Optional<String> sourceZone = zone(source, zones);
                Optional<String> targetZone = zone(target, zones);
                if (sourceZone.isPresent() && targetZone.isPresent() && !sourceZone.equals(targetZone)) {
                    interZone.merge(target.id(), edge.bytes(), Long::sum);
                }
            }
        }
        Map<String, Volume> volumes = new TreeMap<>();
        resources.keySet().stream()
                .filter(id -> internet.containsKey(id) || interRegion.containsKey(id) || interZone.containsKey(id))
                .forEach(id -> volumes.put(id, new Volume(internet.getOrDefault(id, 0L), interRegion.getOrDefault(id, new TreeMap<>()), interZone.getOrDefault(id, 0L))));
        return volumes;
    }

    /** The one Availability Zone of a resource's subnets, or empty when it has none known or several. */
    private static Optional<String> zone(Resource resource, Map<String, String> zones)
    {
        if (resource.network() == null) {
            return Optional.empty();
        }
        Set<String> found = new TreeSet<>();
        for (String subnet : resource.network().subnetIds()) {
            String zone = subnet == null ? null : zones.get(subnet);
            if (zone == null) {
                return Optional.empty();
            }
            found.add(zone);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** USD per month for the volume, scaled from the observed window to 730 hours. */
    static double monthlyUsd(Optional<Volume> volume, PriceLookup prices, Duration window)
    {
        if (volume.isEmpty()) {
            return 0;
        }
        double scale = monthScale(window);
        double internetGb = volume.get().internetBytes() / ResourceFacts.BYTES_PER_GB * scale;
        double usd = internetGb == 0 ? 0 : internetGb * prices.required("datatransfer.internet-out.gb", "data transfer to the internet");
        double interRegionGb = 0;
        for (Map.Entry<String, Long> peer : volume.get().interRegionBytes().entrySet()) {
            double gigabytes = peer.getValue() / ResourceFacts.BYTES_PER_GB * scale;
            // Each destination has its own rate; the internet rate must not stand in for a missing one.
            usd += gigabytes * prices.required("datatransfer.inter-region." + peer.getKey() + ".gb", "data transfer to " + peer.getKey());
            interRegionGb += gigabytes;
        }
        double interZoneGb = volume.get().interZoneBytes() / ResourceFacts.BYTES_PER_GB * scale;
        if (interZoneGb > 0) {
            // Billed once leaving one zone and once entering the other.
            usd += 2 * interZoneGb * prices.required("datatransfer.inter-az.gb", "data transfer between Availability Zones");
        }
        prices.note(String.format(Locale.ROOT,
                "traffic: %.1f GB/month to the internet, %.1f GB/month across regions and %.1f GB/month across Availability Zones, scaled from %s of flow logs, charged to the server end",
                internetGb, interRegionGb, interZoneGb, describe(window)));
        return usd;
    }

    /** What the observed window's bytes are multiplied by to give a 730-hour month. */
    static double monthScale(Duration window)
    {
        return HOURS_PER_MONTH / Math.max(1.0 / 3600, window.toSeconds() / 3600.0);
    }

    private static String describe(Duration window)
    {
        long hours = window.toHours();
        return hours >= 48 && hours % 24 == 0 ? (hours / 24) + " days" : hours + " hours";
    }
}

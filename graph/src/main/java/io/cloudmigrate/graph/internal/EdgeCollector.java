package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Gathers edges from every source, keeping one per (source, target, kind, port, protocol): volumes
 * add up and the reasons are listed. Edges from a resource to itself are dropped, since a resource
 * never waits for itself.
 */
public final class EdgeCollector
{
    /** Reasons listed in full before the rest are only counted, so evidence stays readable. */
    private static final int EVIDENCE_LISTED = 3;

    private static final int MAXIMUM_PORT = 65_535;

    private static final Comparator<EdgeKey> ORDER = Comparator.comparing(EdgeKey::source)
            .thenComparing(EdgeKey::target)
            .thenComparing(EdgeKey::kind)
            .thenComparingInt(EdgeKey::port)
            .thenComparing(EdgeKey::protocol, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<EdgeKey, Totals> edges = new TreeMap<>(ORDER);

    /**
     * @param evidence why the edge exists; ignored for observed edges, whose evidence is written from the totals
     */
    public void add(String source, String target, EdgeKind kind, int port, String protocol, long flows, long bytes, String evidence)
    {
        requireNonNull(source, "source is null");
        requireNonNull(target, "target is null");
        requireNonNull(kind, "kind is null");
        if (source.equals(target)) {
            return;
        }
        Totals totals = edges.computeIfAbsent(new EdgeKey(source, target, kind, port, protocol), ignored -> new Totals());
        totals.flows += flows;
        totals.bytes += bytes;
        if (evidence != null) {
            totals.evidence.add(evidence);
        }
    }

    /**
     * Adds an allowed edge for a rule that names a range of ports ({@code fromPort}..{@code toPort}),
     * or every port when {@code fromPort} is negative. The edge's port is -1; the range is kept for
     * {@link #allowsPort}.
     */
    public void addAllowedRange(String source, String target, String protocol, int fromPort, int toPort, String evidence)
    {
        add(source, target, EdgeKind.ALLOWED, -1, protocol, 0, 0, evidence);
        Totals totals = edges.get(new EdgeKey(source, target, EdgeKind.ALLOWED, -1, protocol));
        if (totals == null) {
            return;
        }
        if (fromPort < 0 || (fromPort == 0 && toPort >= MAXIMUM_PORT)) {
            totals.allPorts = true;
        }
        else {
            totals.ranges.add(new PortRange(fromPort, toPort));
        }
    }

    /**
     * Whether an allowed edge of this collector admits traffic to {@code port}: its own port is that
     * port, or it stands for rules whose ranges hold it. An allowed edge with port -1 added through
     * {@link #add} (a protocol without ports, or all traffic) admits every port.
     */
    boolean allowsPort(DependencyEdge allowed, int port)
    {
        if (allowed.port() == port) {
            return true;
        }
        if (allowed.port() != -1) {
            return false;
        }
        Totals totals = edges.get(new EdgeKey(allowed.source(), allowed.target(), allowed.kind(), allowed.port(), allowed.protocol()));
        if (totals == null || totals.allPorts || totals.ranges.isEmpty()) {
            return true;
        }
        return totals.ranges.stream().anyMatch(range -> range.from() <= port && port <= range.to());
    }

    /** The edges, sorted by source, target, kind, port and protocol. */
    public List<DependencyEdge> edges()
    {
        List<DependencyEdge> result = new ArrayList<>(edges.size());
        edges.forEach((key, totals) -> result.add(new DependencyEdge(
                key.source(), key.target(), key.kind(), key.port(), key.protocol(), totals.flows, totals.bytes, evidence(key, totals))));
        return result;
    }

    private static String evidence(EdgeKey key, Totals totals)
    {
        return switch (key.kind()) {
            case OBSERVED -> "observed %s, %d %s, %s".formatted(
                    Protocols.describe(key.protocol(), key.port()), totals.flows, totals.flows == 1 ? "flow" : "flows", formatBytes(totals.bytes));
            case ALLOWED, CONFIGURED -> listed(totals.evidence);
        };
    }

    private static String listed(SortedSet<String> reasons)
    {
        List<String> all = List.copyOf(reasons);
        if (all.size() <= EVIDENCE_LISTED) {
            return String.join("; ", all);
        }
        return String.join("; ", all.subList(0, EVIDENCE_LISTED)) + "; and " + (all.size() - EVIDENCE_LISTED) + " more";
    }

    /** Decimal units, as network volumes are usually quoted: {@code 512 B}, {@code 4.2 kB}, {@code 5.6 MB}. */
    static String formatBytes(long bytes)
    {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes / 1000.0;
        int unit = 0;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private record PortRange(int from, int to) {}

    private record EdgeKey(String source, String target, EdgeKind kind, int port, String protocol) {}

    private static final class Totals
    {
        private long flows;
        private long bytes;
        private final SortedSet<String> evidence = new TreeSet<>();
        private final List<PortRange> ranges = new ArrayList<>();
        private boolean allPorts;
    }
}

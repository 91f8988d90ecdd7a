package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static java.util.Objects.requireNonNull;

/**
 * The validation steps of one moved resource: one per path (client, server, protocol and port) that
 * flow logs show or configuration declares, with its evidence, where its other end runs at that point
 * of the plan, the command that checks it and the result to expect. Paths a security group only
 * allows are no steps (the runbook's rules to review list them), and a path whose other end is retired
 * by then is not checked but named as such. An observed and a configured edge between the same ends
 * are one step with both as evidence, never two.
 */
final class PathChecks
{
    /** How many paths a resource's validation lists one by one; the connectivity checks of the runbook cover the rest. */
    static final int LISTED = 8;

    /** Where a resource runs at one point of the plan. */
    enum Place
    {
        TARGET,
        SOURCE,
        RETIRED,
        OUTSIDE
    }

    /**
     * The other end of a path at one point of the plan.
     *
     * @param note why it is where it is, for a sentence: {@code it moves in wave 03, so …}, {@code retired in wave 01}; empty in the target or outside
     */
    record End(String id, Place place, String note) {}

    /**
     * One path to check, as Markdown: what a validation line says, in parts, so that a step for many
     * resources can give its paths as rows of one table.
     *
     * @param otherEnd where the other end runs at this point: {@code target}, {@code source (…)} or {@code outside the estate}
     * @param command the command that checks it, empty where none can be given
     */
    record Row(String client, String server, String port, String otherEnd, String evidence, Optional<PathCommands.Command> command)
    {
        Row
        {
            requireNonNull(client, "client is null");
            requireNonNull(server, "server is null");
            requireNonNull(port, "port is null");
            requireNonNull(otherEnd, "otherEnd is null");
            requireNonNull(evidence, "evidence is null");
            requireNonNull(command, "command is null");
        }
    }

    /**
     * The validation lines of a resource, the same paths as rows, how many paths were left to the
     * runbook's connectivity checks, and the other ends not checked because they are retired by then.
     */
    record Lines(List<String> checks, List<Row> rows, int unlisted, List<String> retired, Set<ShellHelper> helpers)
    {
        Lines
        {
            checks = List.copyOf(checks);
            rows = List.copyOf(rows);
            retired = List.copyOf(retired);
            helpers = helpers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(helpers));
        }
    }

    private record PathKey(String client, String server, String protocol, int port) {}


    private final EstateIndex index;
    private final PathCommands commands;

    /**
     * @param notGenerated the resources of every wave whose target no generated code creates (no Terraform outputs to read)
     */
    PathChecks(EstateIndex index, Set<String> notGenerated)
    {
        this.index = requireNonNull(index, "index is null");
        this.commands = new PathCommands(index, notGenerated);
    }

    Lines of(Resource resource)
    {
        SortedSet<String> selves = new TreeSet<>(index.membersOf(resource.id()));
        selves.add(resource.id());
        int wave = index.wave(resource.id()).orElse(Integer.MAX_VALUE);
        int stage = RunbookModelBuilder.stage(resource.type());
        Optional<String> group = index.moveGroup(resource.id()).map(MoveGroup::id);
        Map<PathKey, List<DependencyEdge>> paths = paths(selves);
        List<String> checks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        SortedSet<String> retired = new TreeSet<>();
        Set<ShellHelper> helpers = EnumSet.noneOf(ShellHelper.class);
        int unlisted = 0;
        for (Map.Entry<PathKey, List<DependencyEdge>> path : paths.entrySet()) {
            PathKey key = path.getKey();
            boolean outgoing = selves.contains(key.client());
            String otherId = outgoing ? key.server() : key.client();
            End other = place(otherId, wave, stage, group);
            if (movesLaterInTheWave(otherId, resource, wave)) {
                // both ends move in this wave: the later one's steps check the path, once both run in the target
                continue;
            }
            if (other.place() == Place.RETIRED) {
                retired.add(escape(index.displayName(other.id())) + " (" + other.note() + ")");
            }
            else if (checks.size() < LISTED) {
                Row row = row(key, path.getValue(), other, outgoing, helpers);
                rows.add(row);
                checks.add(line(row, other));
            }
            else {
                unlisted++;
            }
        }
        if (unlisted > 0) {
            checks.add(unlisted + " more path(s): check the rows of *Connectivity checks* that include " + escape(resource.name()) + ".");
        }
        return new Lines(checks, rows, unlisted, List.copyOf(retired), helpers);
    }

    /** The paths around the resources, an edge without a port joining a path with one between the same ends. */
    private Map<PathKey, List<DependencyEdge>> paths(SortedSet<String> selves)
    {
        Map<PathKey, List<DependencyEdge>> paths = new TreeMap<>(keyOrder());
        List<DependencyEdge> withoutPort = new ArrayList<>();
        for (String self : selves) {
            List<DependencyEdge> around = new ArrayList<>(index.edgesFrom(self));
            around.addAll(index.edgesTo(self));
            for (DependencyEdge edge : around) {
                String other = edge.source().equals(self) ? edge.target() : edge.source();
                if (!edge.kind().ordersMigration() || selves.contains(other) || index.memberAndGroup(self, other)) {
                    continue;
                }
                if (edge.port() < 0) {
                    withoutPort.add(edge);
                }
                else {
                    List<DependencyEdge> edges = paths.computeIfAbsent(new PathKey(edge.source(), edge.target(), protocol(edge), edge.port()), ignored -> new ArrayList<>());
                    if (!edges.contains(edge)) {
                        edges.add(edge);
                    }
                }
            }
        }
        for (DependencyEdge edge : withoutPort) {
            Optional<PathKey> sameEnds = paths.keySet().stream()
                    .filter(key -> key.client().equals(edge.source()) && key.server().equals(edge.target()))
                    .findFirst();
            List<DependencyEdge> edges = paths.computeIfAbsent(sameEnds.orElse(new PathKey(edge.source(), edge.target(), "", -1)), ignored -> new ArrayList<>());
            if (!edges.contains(edge)) {
                edges.add(edge);
            }
        }
        return paths;
    }

    private boolean movesLaterInTheWave(String otherId, Resource self, int wave)
    {
        if (!index.hasResource(otherId) || index.wave(otherId).orElse(-1) != wave
                || !index.recommendation(otherId).map(Recommendation::strategy).map(PathChecks::moves).orElse(false)) {
            return false;
        }
        Resource other = index.resource(otherId);
        return Comparator.comparingInt((Resource resource) -> RunbookModelBuilder.stage(resource.type()))
                .thenComparing(Resource::name)
                .thenComparing(Resource::id)
                .compare(other, self) > 0;
    }

    // The strategies whose steps validate the paths (MoveSteps).
    private static boolean moves(Strategy strategy)
    {
        return switch (strategy) {
            case RELOCATE, REHOST, REPLATFORM -> true;
            case RETIRE, RETAIN, REPURCHASE, REFACTOR -> false;
        };
    }

    // By the names a reader sees, then by id for two resources of one name.
    private Comparator<PathKey> keyOrder()
    {
        return Comparator.comparing((PathKey key) -> index.displayName(key.client()))
                .thenComparing(key -> index.displayName(key.server()))
                .thenComparing(PathKey::client)
                .thenComparing(PathKey::server)
                .thenComparing(PathKey::protocol)
                .thenComparingInt(PathKey::port);
    }

    private static String protocol(DependencyEdge edge)
    {
        return edge.protocol() == null || edge.protocol().equals("-1") ? "" : edge.protocol().toLowerCase(Locale.ROOT);
    }

    /**
     * Where a resource runs when the resource at {@code wave} and {@code stage} has just moved: in the
     * target if it moves earlier (or in the same step of the same wave, or with it in one move group),
     * in the source if it moves later,
     * stays or is in no wave, and nowhere if it was retired by then.
     */
    End place(String id, int wave, int stage, Optional<String> selfGroup)
    {
        if (!index.hasResource(id)) {
            return new End(id, Place.OUTSIDE, "");
        }
        Optional<Strategy> strategy = index.recommendation(id).map(Recommendation::strategy);
        OptionalInt otherWave = index.wave(id);
        if (strategy.isPresent() && strategy.get() == Strategy.RETAIN) {
            return new End(id, Place.SOURCE, "it is retained there, so the path crosses the environments for good");
        }
        if (otherWave.isEmpty()) {
            return new End(id, Place.SOURCE, "it is in no wave of the plan, so the path crosses the environments until it is planned");
        }
        String label = Labels.wave(otherWave.getAsInt());
        if (strategy.isPresent() && strategy.get() == Strategy.RETIRE) {
            return otherWave.getAsInt() <= wave
                    ? new End(id, Place.RETIRED, otherWave.getAsInt() == wave ? "retired in this wave" : "retired in wave " + label)
                    : new End(id, Place.SOURCE, "it is retired in wave " + label + ", so the path crosses the environments until then");
        }
        int otherStage = RunbookModelBuilder.stage(index.resource(id).type());
        // the members of a move group cut over in one window, whatever their order in the wave
        boolean samePeers = selfGroup.isPresent() && index.moveGroup(id).map(MoveGroup::id).equals(selfGroup);
        if (otherWave.getAsInt() < wave || otherWave.getAsInt() == wave && (otherStage <= stage || samePeers)) {
            return new End(id, Place.TARGET, "");
        }
        return new End(id, Place.SOURCE, (otherWave.getAsInt() == wave ? "it moves later in this wave" : "it moves in wave " + label)
                + ", so the path crosses the environments until then");
    }

    private Row row(PathKey key, List<DependencyEdge> edges, End other, boolean outgoing, Set<ShellHelper> helpers)
    {
        String port = key.port() < 0 ? "any port" : escape((key.protocol().isEmpty() ? "port " : key.protocol() + "/") + key.port());
        String evidence = String.join("; ", edges.stream()
                .sorted(GraphAnalysis.EDGE_ORDER)
                .map(edge -> switch (edge.kind()) {
                    case OBSERVED -> escape(edge.evidence());
                    case CONFIGURED -> "configured: " + escape(edge.evidence());
                    case ALLOWED -> throw new IllegalStateException("allowed edges are no validation steps");
                })
                .toList());
        String otherEnd = switch (other.place()) {
            case TARGET -> "target";
            case SOURCE -> "source, " + escape(brief(other.note()));
            case OUTSIDE -> "outside the estate";
            case RETIRED -> throw new IllegalStateException("a retired end is not checked");
        };
        End clientEnd = outgoing ? new End(key.client(), Place.TARGET, "") : other;
        End serverEnd = outgoing ? other : new End(key.server(), Place.TARGET, "");
        Optional<PathCommands.Command> command = commands.of(clientEnd, serverEnd, key.protocol(), key.port());
        command.flatMap(PathCommands.Command::helper).ifPresent(helpers::add);
        return new Row(escape(index.displayName(key.client())), escape(index.displayName(key.server())), port, otherEnd, evidence, command);
    }

    // "it is retained there, so the path crosses …" reads "retained there" in a table cell, whose header says the rest
    private static String brief(String note)
    {
        int end = note.indexOf(", so ");
        String reason = end < 0 ? note : note.substring(0, end);
        return reason.startsWith("it is ") ? reason.substring("it is ".length()) : reason.startsWith("it ") ? reason.substring("it ".length()) : reason;
    }

    private String line(Row row, End other)
    {
        String client = row.client();
        String server = row.server();
        String port = row.port().equals("any port") ? "" : " on " + row.port();
        StringBuilder line = new StringBuilder("Check that " + client + " reaches " + server + port + " (" + row.evidence() + "). ");
        String otherName = escape(index.displayName(other.id()));
        line.append(switch (other.place()) {
            case TARGET -> "Both ends run in the target.";
            case SOURCE -> "At this point " + otherName + " is still in the source: " + escape(other.note()) + " (VPN, peering or Transit Gateway); check it across them.";
            case OUTSIDE -> "The other end, " + otherName + ", is outside the estate.";
            case RETIRED -> throw new IllegalStateException("a retired end is not checked");
        });
        if (row.command().isPresent()) {
            line.append(" Run ").append(code(row.command().get().text())).append("; expect ").append(row.command().get().expected()).append('.');
        }
        else {
            // no shell runs on the client (a database, a service), or the inventory gives the server no address
            line.append(" No command can be given for it (no shell on ").append(client).append(" or no address for ").append(server)
                    .append("): check the logs of ").append(client).append(" for connection errors to ").append(server).append(" after the cutover.");
        }
        return line.toString();
    }
}

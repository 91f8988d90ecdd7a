package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;

/**
 * The paths that a step for many instances ({@link Ec2Batch}) validates, as one table instead of a
 * paragraph each. Paths that differ only in which instance of the step is their end (every instance
 * that reaches the same database on the same port, from the same place) are one row whose command
 * loops over those instances' Terraform names, so the row names its server once and its command is
 * given once; at 1,000 instances a row per instance and path, each four or five lines of a narrow
 * command cell, was a third of the runbook's pages. A command that several rows share (the target
 * health of one load balancer) is given once, numbered, and its rows name it; so is one that a table
 * cell could not hold (a {@code |} would end the cell).
 *
 * @param actions the validation lines that explain the table and give its shared commands
 * @param rows the table's rows, Markdown cells in the order of {@link RunbookModel.Steps#PATH_COLUMNS}
 */
record BatchPaths(List<String> actions, List<List<String>> rows)
{
    /** How many instances a row names before it says how many more its command lists. */
    private static final int NAMED = 3;

    BatchPaths
    {
        actions = List.copyOf(actions);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The rows of one instance's path, with that instance's command as a loop body over {@code $NAME} where it reads its own Terraform outputs. */
    private record Entry(PathChecks.Row row, StepContext context, Optional<Shared> shared, String peer) {}

    /** A row's shape and the word its command has for the other end where the shape loops over pairs (empty otherwise). */
    private record Shape(Shared shared, String peer) {}

    /** What the paths of several instances have in common when their commands differ only in the instance's own Terraform name. */
    private record Shared(boolean selfIsClient, String other, String port, String otherEnd, String body, String expected) {}

    static BatchPaths of(List<StepContext> contexts, Function<String, PathChecks.Lines> paths)
    {
        List<Entry> all = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (StepContext context : contexts) {
            PathChecks.Lines lines = paths.apply(context.resource().id());
            lines.rows().forEach(row -> {
                Optional<Shape> shape = shape(row, context);
                all.add(new Entry(row, context, shape.map(Shape::shared), shape.map(Shape::peer).orElse("")));
            });
            if (lines.unlisted() > 0) {
                unlisted.add(context.name() + " (" + lines.unlisted() + ")");
            }
        }
        // rows of one shared shape, in the order of the first; a shape of one instance stays that instance's own row
        Map<Object, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry entry : all) {
            Object key = entry.shared().isPresent() ? entry.shared().get() : entry;
            groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(entry);
        }
        List<String> actions = new ArrayList<>();
        if (!all.isEmpty()) {
            actions.add("Check each path of the table *Paths to check* below once the resources of its row run in the target: run the command in its *Run* cell "
                    + "and compare with *Expect*. A command for several rows or resources loops over their Terraform names "
                    + "(column *Terraform* of the step's table). *Other end* says where the other end runs at that point; in the source, check the path "
                    + "across the environments (VPN, peering or Transit Gateway). A row without a command (no shell on the client, or no address for the "
                    + "server): check the client's logs for connection errors to the server after the cutover.");
        }
        // Groups whose command is one loop body over their own names, whatever their other end (a
        // function's test invocation, which names no server): one loop over all their names, given once.
        Map<String, List<String>> namesByBody = new LinkedHashMap<>();
        for (List<Entry> group : groups.values()) {
            loopBody(group).ifPresent(body -> group.forEach(entry -> {
                List<String> names = namesByBody.computeIfAbsent(body, ignored -> new ArrayList<>());
                String name = entry.context().terraformName();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }));
        }
        String noun = noun(contexts);
        Loops loops = new Loops(namesByBody, PeerLoops.of(List.copyOf(namesByBody.keySet())));
        // null where a row has no command (Stream.toList keeps it, in the groups' order)
        List<PathCommands.Command> commands = groups.values().stream().map(group -> command(group, loops, noun)).toList();
        Numbers numbers = new Numbers(actions, commands);
        List<List<String>> rows = new ArrayList<>();
        int index = 0;
        for (List<Entry> group : groups.values()) {
            PathCommands.Command command = commands.get(index++);
            PathChecks.Row first = group.getFirst().row();
            boolean loop = group.size() > 1 && group.getFirst().shared().map(shared -> shared.body().contains("$NAME")).orElse(false)
                    || loopBody(group).map(loops::loops).orElse(false);
            List<String> runAndExpect = command == null ? List.of("none", "no connection errors in the client's logs") : numbers.cells(command, loop);
            if (group.size() == 1) {
                rows.add(cells(first, first.client(), first.server(), first.evidence(), runAndExpect));
                continue;
            }
            Shared shared = group.getFirst().shared().orElseThrow();
            String selves = names(group.stream().map(entry -> entry.context().name()).toList());
            String others = shared.other().isEmpty()
                    ? names(group.stream().map(entry -> entry.row().client().equals(entry.context().name()) ? entry.row().server() : entry.row().client()).toList())
                            + ", in the order of the other column"
                    : shared.other();
            rows.add(cells(first, shared.selfIsClient() ? selves : others, shared.selfIsClient() ? others : selves, evidence(group), runAndExpect));
        }
        if (!unlisted.isEmpty()) {
            actions.add("More paths than the table lists, in the runbook's *Connectivity checks* (how many more): " + String.join(", ", unlisted) + ".");
        }
        return new BatchPaths(actions, rows);
    }

    // What the rows of a step are about, in the words of an expected result.
    private static String noun(List<StepContext> contexts)
    {
        return contexts.stream().allMatch(context -> context.resource().details() instanceof ResourceDetails.LambdaFunction) ? "function" : "instance";
    }

    /** The loop body of a group's command when it loops over its own names only (no other end of its own). */
    private static Optional<String> loopBody(List<Entry> group)
    {
        return group.getFirst().shared().map(Shared::body).filter(body -> body.contains("$NAME") && !body.contains("$PEER"));
    }

    /**
     * The loops that several groups share: by loop body, the Terraform names it loops over, and the
     * bodies that differ from others in one word only ({@link PeerLoops}).
     */
    private record Loops(Map<String, List<String>> namesByBody, Map<String, PeerLoops.Template> templates)
    {
        boolean loops(String body)
        {
            return templates.containsKey(body) || namesByBody.get(body).size() > 1;
        }

        /** The loop over every pair of Terraform name and word of the bodies that share the template of {@code body}, in their order. */
        String pairs(String body)
        {
            String text = templates.get(body).text();
            List<List<String>> named = new ArrayList<>();
            namesByBody.forEach((other, names) -> {
                PeerLoops.Template template = templates.get(other);
                if (template != null && template.text().equals(text)) {
                    names.forEach(name -> named.add(List.of(name, template.word())));
                }
            });
            String suffix = PeerLoops.sharedSuffix(named.stream().map(List::getLast).toList());
            List<String> pairs = new ArrayList<>();
            for (List<String> pair : named) {
                String word = pair.getLast();
                String quoted = ShellText.quote(pair.getFirst() + ":" + word.substring(0, word.length() - suffix.length()));
                if (!pairs.contains(quoted)) {
                    pairs.add(quoted);
                }
            }
            // a Terraform name has no colon: the pair splits at its first one; what every word ends with is said once, after "$PEER"
            return "for pair in " + String.join(" ", pairs) + "; do NAME=${pair%%:*} PEER=${pair#*:}; " + text.replace("\"$PEER\"", "\"$PEER\"" + suffix) + "; done";
        }
    }

    /** The command of a group of rows: a row's own, one loop over the instances (or pairs of instance and other end) of a shape, or none. */
    private static PathCommands.Command command(List<Entry> group, Loops loops, String noun)
    {
        Entry first = group.getFirst();
        Optional<String> body = loopBody(group);
        if (body.isPresent() && loops.templates().containsKey(body.get())) {
            return new PathCommands.Command(loops.pairs(body.get()), first.shared().orElseThrow().expected() + " for each pair");
        }
        if (body.isPresent() && loops.namesByBody().get(body.get()).size() > 1) {
            return new PathCommands.Command("for NAME in " + String.join(" ", loops.namesByBody().get(body.get()).stream().map(ShellText::quote).toList()) + "; do " + body.get() + "; done",
                    first.shared().orElseThrow().expected() + " for each " + noun);
        }
        if (group.size() == 1 || first.shared().isEmpty()) {
            return first.row().command().orElse(null);
        }
        Shared shared = first.shared().get();
        if (!shared.body().contains("$NAME")) {
            return first.row().command().orElseThrow();
        }
        String expected = shared.expected() + " for each " + noun;
        // a Terraform name, address or instance id has no colon: the pair splits at its only one
        return new PathCommands.Command("for pair in " + String.join(" ", group.stream().map(entry -> ShellText.quote(entry.context().terraformName() + ":" + entry.peer())).toList())
                + "; do NAME=${pair%%:*} PEER=${pair#*:}; " + shared.body() + "; done", expected);
    }

    private static List<String> cells(PathChecks.Row row, String client, String server, String evidence, List<String> runAndExpect)
    {
        return List.of(client, server, row.port(), row.otherEnd(), evidence, runAndExpect.get(0), runAndExpect.get(1));
    }

    // The word of a command that names the other end of a path, when it varies with the instance: its Terraform output, address or instance id.
    private static final Pattern PEER_OUTPUT = Pattern.compile(" output -raw ([a-z0-9_]+)(_instance_id|_private_ip)\\)");
    private static final Pattern PEER_WORD = Pattern.compile("(?<= )(\\d{1,3}(?:\\.\\d{1,3}){3}|i-[0-9a-f]{8,17})(?= )");

    /**
     * The shape of a row whose command reads its own instance's Terraform output (its id as the
     * client, its address as the server): that command with {@code "$NAME"} for the instance's
     * Terraform name and, where one other word names the other end (its Terraform output, address or
     * instance id), {@code "$PEER"} for it. A row whose command names no instance of its own but is the
     * same for every instance (a load balancer's target health) has that command as its shape.
     */
    private static Optional<Shape> shape(PathChecks.Row row, StepContext context)
    {
        if (row.command().isEmpty() || context.terraformName().isEmpty()) {
            return Optional.empty();
        }
        boolean client = row.client().equals(context.name());
        if (client == row.server().equals(context.name())) {
            return Optional.empty();
        }
        String text = row.command().get().text();
        String expected = row.command().get().expected();
        String other = client ? row.server() : row.client();
        String name = ShellText.quote(context.terraformName());
        for (String suffix : List.of("_instance_id", "_private_ip", "_arn")) {
            String own = " output -raw " + name + suffix + ")";
            int at = text.indexOf(own);
            if (at >= 0 && text.indexOf(own, at + 1) < 0) {
                String body = text.replace(own, " output -raw \"$NAME\"" + suffix + ")");
                Optional<Peer> peer = peer(body);
                return Optional.of(peer.map(found -> new Shape(new Shared(client, "", row.port(), row.otherEnd(), found.body(), expected), found.word()))
                        .orElse(new Shape(new Shared(client, other, row.port(), row.otherEnd(), body, expected), "")));
            }
        }
        return text.contains(name) ? Optional.empty() : Optional.of(new Shape(new Shared(client, other, row.port(), row.otherEnd(), text, expected), ""));
    }

    /** The body with {@code "$PEER"} for the one word that names the other end, and that word. */
    private record Peer(String body, String word) {}

    private static Optional<Peer> peer(String body)
    {
        Matcher output = PEER_OUTPUT.matcher(body);
        if (output.find()) {
            String word = output.group(1);
            String suffix = output.group(2);
            return output.find() ? Optional.empty()
                    : Optional.of(new Peer(body.replace(" output -raw " + word + suffix + ")", " output -raw \"$PEER\"" + suffix + ")"), word));
        }
        Matcher plain = PEER_WORD.matcher(body);
        if (plain.find()) {
            String word = plain.group(1);
            int start = plain.start();
            int end = plain.end();
            return plain.find() ? Optional.empty() : Optional.of(new Peer(body.substring(0, start) + "\"$PEER\"" + body.substring(end), word));
        }
        return Optional.empty();
    }

    private static String names(List<String> names)
    {
        return names.size() <= NAMED + 1 ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more (the command lists all)";
    }

    // The kinds of evidence (observed, configured) and how many paths each: the flows of each pair are in the runbook's connectivity checks.
    private static String evidence(List<Entry> group)
    {
        long observed = group.stream().filter(entry -> entry.row().evidence().startsWith("observed")).count();
        long configured = group.stream().filter(entry -> entry.row().evidence().contains("configured")).count();
        List<String> parts = new ArrayList<>();
        if (observed > 0) {
            parts.add("observed for " + observed + " of " + group.size());
        }
        if (configured > 0) {
            parts.add("configured for " + configured + " of " + group.size());
        }
        return String.join("; ", parts);
    }

    /** Commands given once in the step's lines, numbered in the order of first use, and the cells of a row that runs one. */
    private static final class Numbers
    {
        private final List<String> actions;
        private final Map<String, Integer> uses = new LinkedHashMap<>();
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        Numbers(List<String> actions, List<PathCommands.Command> commands)
        {
            this.actions = actions;
            commands.stream().filter(Objects::nonNull).forEach(command -> uses.merge(command.text(), 1, Integer::sum));
        }

        /** @param loop whether the command loops over several instances, too long for a table cell */
        List<String> cells(PathCommands.Command command, boolean loop)
        {
            if (!loop && uses.get(command.text()) == 1 && command.text().indexOf('|') < 0 && command.expected().indexOf('|') < 0) {
                return List.of(code(command.text()), command.expected());
            }
            Integer number = numbers.get(command.text());
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(command.text(), number);
                actions.add("Command " + number + ": run " + code(command.text()) + "; expect " + command.expected() + ".");
            }
            return List.of("command " + number, "as command " + number + " says");
        }
    }
}

package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a batched step ({@link Ec2Batch}, {@link LambdaBatch}) that only some of its resources
 * need, each prefixed with the names of the resources it is for: a line that several need is said
 * once with all their names, in the order its first resource came. The app tier of 1,008 instances had
 * 211 such lines, most of them one of four sentences (no code for this target, the software to licence)
 * repeated with another name.
 */
final class OwnLines
{
    // insertion order: the order of the lines' first resources
    private final Map<String, List<String>> namesByLine = new LinkedHashMap<>();

    /** Adds {@code line} for the resource called {@code name} (escaped Markdown both). */
    void add(String name, String line)
    {
        List<String> names = namesByLine.computeIfAbsent(line, ignored -> new ArrayList<>());
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /**
     * The lines, each as {@code name, name: line}, or {@code Every instance of the table: line} when
     * all {@code batchSize} resources of the step need it.
     */
    List<String> lines(int batchSize, String noun)
    {
        List<String> lines = new ArrayList<>();
        namesByLine.forEach((line, names) -> lines.add((names.size() == batchSize && batchSize > 1 ? "Every " + noun + " of the table" : String.join(", ", names))
                + ": " + line));
        return List.copyOf(lines);
    }

    /**
     * The validation lines of a batch for the paths left unchecked because their other end is retired by
     * then, each said once with the names of the resources that have it.
     */
    static List<String> retiredNeighbours(List<StepContext> contexts, String noun)
    {
        OwnLines retired = new OwnLines();
        for (StepContext context : contexts) {
            if (!context.retiredNeighbours().isEmpty()) {
                retired.add(context.name(), "Not checked, since they are retired by now: the paths to and from " + String.join(", ", context.retiredNeighbours())
                        + "; confirm nothing on its target still calls them.");
            }
        }
        return retired.lines(contexts.size(), noun);
    }
}

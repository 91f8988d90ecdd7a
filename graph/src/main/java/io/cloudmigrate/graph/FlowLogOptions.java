package io.cloudmigrate.graph;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link FlowLogReader} reads and aggregates.
 *
 * @param logFormat the flow log's {@code LogFormat} as DescribeFlowLogs returns it
 *         ({@code ${version} ${account-id} …}), for files without a header line; empty for the
 *         default version 2 format. A header line in a file still wins.
 * @param foldResponses whether responses count toward the client → server edge (the default) or every
 *         record keeps its own (source, destination, destination port, protocol), as a plain
 *         {@code GROUP BY} would
 * @param parallelism how many threads parse at once; large plain files are cut at line boundaries
 *         into pieces read in parallel
 */
public record FlowLogOptions(Optional<String> logFormat, boolean foldResponses, int parallelism)
{
    public static final FlowLogOptions DEFAULT = new FlowLogOptions(Optional.empty(), true, Runtime.getRuntime().availableProcessors());

    public FlowLogOptions
    {
        requireNonNull(logFormat, "logFormat is null");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    public FlowLogOptions withLogFormat(String format)
    {
        return new FlowLogOptions(Optional.of(requireNonNull(format, "format is null")), foldResponses, parallelism);
    }

    public FlowLogOptions withFoldResponses(boolean fold)
    {
        return new FlowLogOptions(logFormat, fold, parallelism);
    }

    public FlowLogOptions withParallelism(int threads)
    {
        return new FlowLogOptions(logFormat, foldResponses, threads);
    }
}

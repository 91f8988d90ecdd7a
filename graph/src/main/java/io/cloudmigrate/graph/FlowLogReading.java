package io.cloudmigrate.graph;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What {@link FlowLogReader#readWithInputSummaries} found: the traffic, and how each input file read.
 *
 * @param inputs one summary a file, in the order the files were read (by path)
 */
public record FlowLogReading(Traffic traffic, List<FlowLogInputSummary> inputs)
{
    public FlowLogReading
    {
        requireNonNull(traffic, "traffic is null");
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
    }
}

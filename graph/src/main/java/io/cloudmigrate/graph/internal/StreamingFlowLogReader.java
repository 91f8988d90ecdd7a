package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.GraphErrorCode;
import io.cloudmigrate.graph.Traffic;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

import static java.util.Objects.requireNonNull;

/**
 * Reads flow-log files one after another through a {@link FlowLogParser} into a
 * {@link TrafficAggregator}; only the aggregate is held in memory.
 */
public final class StreamingFlowLogReader
        implements FlowLogReader
{
    private final FlowLogParser parser;

    public StreamingFlowLogReader(FlowLogParser parser)
    {
        this.parser = requireNonNull(parser, "parser is null");
    }

    @Override
    public Traffic read(List<Path> inputs)
    {
        return read(inputs, Optional.empty());
    }

    @Override
    public Traffic read(List<Path> inputs, Inventory inventory)
    {
        requireNonNull(inventory, "inventory is null");
        return read(inputs, Optional.of(AddressAttribution.of(inventory)));
    }

    private Traffic read(List<Path> inputs, Optional<AddressAttribution> attribution)
    {
        requireNonNull(inputs, "inputs is null");
        TrafficAggregator aggregator = new TrafficAggregator(MALFORMED_SAMPLES);
        for (Path file : FlowLogInputs.files(inputs)) {
            String inputName = file.toString();
            try (InputStream input = FlowLogInputs.open(file)) {
                parser.parse(inputName, input, aggregator);
            }
            catch (ZipException | EOFException e) {
                // The gzip header itself is broken: the file holds nothing we can read, but the others may.
                aggregator.malformed(inputName, 1, "not readable as gzip (" + e.getMessage() + "); the file was skipped");
            }
            catch (IOException e) {
                throw new CloudMigrateException(GraphErrorCode.INPUT_NOT_FOUND,
                        inputName + ": cannot read the flow-log file (" + e.getMessage() + "); check that it exists and is readable", e);
            }
        }
        return aggregator.toTraffic(attribution);
    }
}

package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogOptions;
import io.cloudmigrate.graph.FlowLogReading;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.FlowLogSource;
import io.cloudmigrate.graph.GraphErrorCode;
import io.cloudmigrate.graph.Traffic;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipException;

import static java.util.Objects.requireNonNull;

/**
 * Parses inputs on several threads and merges their results in input order. Plain files of some size
 * are cut at line boundaries into pieces; gzip files and sources are one piece each. Only a bounded
 * number of pieces is in flight, and each holds its own edge table, so memory stays bounded by edges.
 *
 * <p>A piece after the first of a file does not know which format is in force where it starts: it assumes
 * the file's starting format. When merging shows a header earlier in the file changed the format, the
 * piece is parsed again with the format in force; line numbers are added when merging. Headers are rare past a file's first line, so this costs nothing
 * in practice and keeps the answer the same as reading the file from start to end.
 */
public final class ParallelFlowLogReader
        implements FlowLogReader
{
    private final FlowLogFormat startFormat;
    private final ByteFlowLogParser parser;
    private final int parallelism;

    public ParallelFlowLogReader(FlowLogOptions options)
    {
        requireNonNull(options, "options is null");
        try {
            this.startFormat = options.logFormat().map(FlowLogFormat::ofLogFormat).orElse(FlowLogFormat.VERSION_2);
        }
        catch (IllegalArgumentException e) {
            throw new CloudMigrateException(GraphErrorCode.MALFORMED_INPUT, "the flow-log format '" + options.logFormat().orElseThrow() + "' is unusable: "
                    + e.getMessage() + "; pass the LogFormat of the flow log as DescribeFlowLogs shows it, e.g. '${version} ${srcaddr} ${dstaddr} ...'", e);
        }
        this.parser = new ByteFlowLogParser(MALFORMED_SAMPLES, options.foldResponses() ? ResponseRule.FOLD_RESPONSES : ResponseRule.RAW_KEYS);
        this.parallelism = options.parallelism();
    }

    @Override
    public Traffic read(List<Path> inputs)
    {
        return read(pieces(inputs), Optional.empty()).traffic();
    }

    @Override
    public Traffic read(List<Path> inputs, Inventory inventory)
    {
        return read(inputs, AddressAttribution.of(requireNonNull(inventory, "inventory is null")));
    }

    @Override
    public Traffic read(List<Path> inputs, AddressAttribution attribution)
    {
        return read(pieces(inputs), Optional.of(requireNonNull(attribution, "attribution is null"))).traffic();
    }

    @Override
    public FlowLogReading readWithInputSummaries(List<Path> inputs, Optional<AddressAttribution> attribution)
    {
        return read(pieces(inputs), requireNonNull(attribution, "attribution is null"));
    }

    @Override
    public Traffic readSources(List<FlowLogSource> sources, Optional<AddressAttribution> attribution)
    {
        requireNonNull(sources, "sources is null");
        requireNonNull(attribution, "attribution is null");
        List<FlowLogPiece> pieces = new ArrayList<>(sources.size());
        for (int index = 0; index < sources.size(); index++) {
            pieces.add(FlowLogPiece.whole(index, sources.get(index)));
        }
        return read(pieces, attribution).traffic();
    }

    private List<FlowLogPiece> pieces(List<Path> inputs)
    {
        requireNonNull(inputs, "inputs is null");
        List<FlowLogPiece> pieces = new ArrayList<>();
        List<Path> files = FlowLogInputs.files(inputs);
        for (int index = 0; index < files.size(); index++) {
            Path file = files.get(index);
            try {
                long size = Files.size(file);
                if (parallelism > 1 && size >= 2 * FlowLogPiece.MINIMUM_PIECE && !FlowLogInputs.isGzip(file)) {
                    // Pieces of a few tens of megabytes: enough of them that no thread is left alone with a long last piece.
                    long count = Math.min(parallelism * 8L, size / FlowLogPiece.MINIMUM_PIECE);
                    pieces.addAll(FlowLogPiece.cut(index, file, size, (int) count));
                }
                else {
                    pieces.add(FlowLogPiece.whole(index, FlowLogSource.of(file)));
                }
            }
            catch (IOException e) {
                throw unreadable(file.toString(), e);
            }
        }
        return pieces;
    }

    private FlowLogReading read(List<FlowLogPiece> pieces, Optional<AddressAttribution> attribution)
    {
        TrafficAggregator aggregator = new TrafficAggregator(MALFORMED_SAMPLES);
        ExecutorService executor = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().daemon().name("flow-log-", 1).factory());
        try {
            Deque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            FlowLogFormat format = startFormat;
            long lineOffset = 0;
            for (FlowLogPiece piece : pieces) {
                while (submitted < pieces.size() && inFlight.size() < parallelism * 2) {
                    FlowLogPiece next = pieces.get(submitted++);
                    inFlight.add(executor.submit(() -> parse(next, startFormat)));
                }
                ChunkResult result = await(inFlight.removeFirst(), piece.name());
                if (piece.first()) {
                    format = startFormat;
                    lineOffset = 0;
                }
                else if (!result.startFormat.equals(format)) {
                    result = parse(piece, format);
                }
                aggregator.add(piece.input(), piece.name(), lineOffset, result);
                if (result.sawHeader) {
                    format = result.endFormat;
                }
                lineOffset += result.lines;
            }
        }
        finally {
            executor.shutdownNow();
        }
        return new FlowLogReading(aggregator.toTraffic(attribution), aggregator.inputSummaries());
    }

    /** The result of the piece; one malformed line when its gzip header is broken and it holds nothing readable. */
    private ChunkResult parse(FlowLogPiece piece, FlowLogFormat format)
    {
        InputStream input;
        try {
            input = piece.open();
        }
        catch (ZipException | EOFException e) {
            // The gzip header itself is broken: the file holds nothing we can read, but the others may.
            ChunkResult result = new ChunkResult(format);
            result.malformed(1, "not readable as gzip (" + e.getMessage() + "); the file was skipped", MALFORMED_SAMPLES);
            return result;
        }
        catch (IOException e) {
            throw unreadable(piece.name(), e);
        }
        try (input) {
            return parser.parse(input, format);
        }
        catch (IOException e) {
            throw unreadable(piece.name(), e);
        }
    }

    private static ChunkResult await(Future<ChunkResult> future, String name)
    {
        try {
            return future.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudMigrateException(GraphErrorCode.INTERNAL_ERROR, name + ": interrupted while reading flow logs", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CloudMigrateException(GraphErrorCode.INTERNAL_ERROR, name + ": " + e.getCause(), e.getCause());
        }
    }

    private static CloudMigrateException unreadable(String name, Exception e)
    {
        String reason = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage();
        return new CloudMigrateException(GraphErrorCode.INPUT_NOT_FOUND,
                name + ": cannot read the flow-log file (" + reason + "); check that it exists and is readable", e);
    }
}

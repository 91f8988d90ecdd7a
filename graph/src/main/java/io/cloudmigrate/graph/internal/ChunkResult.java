package io.cloudmigrate.graph.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What one parse of one input, or of one piece of a file cut at line boundaries, found. Line numbers
 * are counted from the start of the piece; the reader adds the lines of the pieces before it.
 */
final class ChunkResult
{
    /** A malformed line, numbered from the start of the piece. */
    record Malformed(long line, String reason)
    {
        Malformed
        {
            requireNonNull(reason, "reason is null");
        }
    }

    final EdgeTable edges = new EdgeTable();
    final List<Malformed> malformedSamples = new ArrayList<>();
    // address → AWS service (from pkt-src-aws-service / pkt-dst-aws-service); sorted so that merging is order-free.
    final Map<String, String> awsServices = new TreeMap<>();
    // The format in force at the start of the piece, and at its end.
    final FlowLogFormat startFormat;
    FlowLogFormat endFormat;
    boolean sawHeader;
    long records;
    long malformed;
    long lines;

    ChunkResult(FlowLogFormat startFormat)
    {
        this.startFormat = requireNonNull(startFormat, "startFormat is null");
        this.endFormat = startFormat;
    }

    void malformed(long line, String reason, int sampleLimit)
    {
        records++;
        malformed++;
        if (malformedSamples.size() < sampleLimit) {
            malformedSamples.add(new Malformed(line, reason));
        }
    }
}

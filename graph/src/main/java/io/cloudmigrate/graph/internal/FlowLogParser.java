package io.cloudmigrate.graph.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses the flow-log records of one input (already decompressed) and hands each to a sink.
 * Implementations may be replaced, for speed or for other formats, without touching aggregation.
 */
public interface FlowLogParser
{
    /**
     * Parses every line of the input. A malformed record, and corrupt or truncated compressed data,
     * is reported to the sink and never thrown.
     *
     * @param inputName how messages name the input, usually its path
     * @throws IOException when the input cannot be read at all
     */
    void parse(String inputName, InputStream input, FlowLogSink sink)
            throws IOException;
}

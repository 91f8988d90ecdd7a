package io.cloudmigrate.graph.internal;

/**
 * Receives what a {@link FlowLogParser} finds, one record at a time, so that nothing needs to hold
 * the records of a file.
 */
public interface FlowLogSink
{
    /** A record with traffic. */
    void record(FlowRecord record);

    /** A record without traffic ({@code NODATA} or {@code SKIPDATA}). */
    void skipped();

    /**
     * A record that could not be read.
     *
     * @param line 1-based line number in the input
     * @param reason what is wrong, for a person to read
     */
    void malformed(String inputName, long line, String reason);
}

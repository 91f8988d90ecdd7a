package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Where the records of one flow log can be read: the objects it delivered to S3, or the events of
 * its CloudWatch Logs group. Records come out as text lines without a header, in the configuration's
 * {@link FlowLogConfiguration#logFormat() LogFormat}; a parser takes the field order from
 * {@link FlowLogConfiguration#fieldNames()}.
 */
public interface FlowLogSource
{
    FlowLogConfiguration configuration();

    /** Where the records come from, for messages: {@code s3://bucket/prefix} or {@code logs:group}. */
    String location();

    /**
     * Reads every record, one {@link BufferedReader} per S3 object or log group, gunzipped where the
     * object is compressed. Each reader is closed after the consumer returns.
     */
    void read(RecordConsumer consumer)
            throws IOException;

    /** Receives the records of one object or log group. */
    @FunctionalInterface
    interface RecordConsumer
    {
        void accept(String name, BufferedReader records)
                throws IOException;
    }
}

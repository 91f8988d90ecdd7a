package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The events of a flow log's CloudWatch Logs group since a given time, read with
 * {@code FilterLogEvents} (10,000 events a page, the API's largest). Each event is one record.
 */
final class CloudWatchLogsFlowLogSource
        implements FlowLogSource
{
    private static final int PAGE_SIZE = 10_000;

    private final FlowLogConfiguration configuration;
    private final CloudWatchLogsClient logs;
    private final Instant since;

    CloudWatchLogsFlowLogSource(FlowLogConfiguration configuration, CloudWatchLogsClient logs, Instant since)
    {
        this.configuration = requireNonNull(configuration, "configuration is null");
        this.logs = requireNonNull(logs, "logs is null");
        this.since = requireNonNull(since, "since is null");
    }

    @Override
    public FlowLogConfiguration configuration()
    {
        return configuration;
    }

    @Override
    public String location()
    {
        return "logs:" + logGroupName();
    }

    @Override
    public void read(RecordConsumer consumer)
            throws IOException
    {
        // a group may hold hundreds of thousands of events: page by page, never all in memory
        for (var page : logs.filterLogEventsPaginator(request -> request.logGroupName(logGroupName()).startTime(since.toEpochMilli()).limit(PAGE_SIZE))) {
            String lines = page.events().stream().map(FilteredLogEvent::message).map(String::strip).collect(Collectors.joining("\n"));
            if (!lines.isEmpty()) {
                try (BufferedReader records = new BufferedReader(new StringReader(lines))) {
                    consumer.accept(location(), records);
                }
            }
        }
    }

    private String logGroupName()
    {
        if (configuration.logGroupName() != null) {
            return configuration.logGroupName();
        }
        // arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*]
        String destination = configuration.logDestination();
        String name = destination.substring(destination.indexOf(":log-group:") + ":log-group:".length());
        return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
    }
}

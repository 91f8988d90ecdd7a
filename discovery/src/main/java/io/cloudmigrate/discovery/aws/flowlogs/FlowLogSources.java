package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.Inventory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Opens the flow-log sources of an inventory's flow-log configurations: S3 and CloudWatch Logs
 * destinations; Kinesis Data Firehose delivery cannot be read back and is listed as skipped.
 * Clients are made once per region and closed with this object.
 */
public final class FlowLogSources
        implements AutoCloseable
{
    /** What reading flow logs needs, besides the scan's policy. */
    public static final List<String> IAM_ACTIONS = List.of("logs:FilterLogEvents", "s3:GetObject", "s3:ListBucket");

    private final List<FlowLogSource> sources = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, S3Client> s3Clients = new TreeMap<>();
    private final Map<String, CloudWatchLogsClient> logsClients = new TreeMap<>();

    /**
     * @param profile a named profile, or empty for the default credential chain
     * @param endpoint an emulator endpoint, or empty for AWS itself (or {@code AWS_ENDPOINT_URL})
     * @param since the oldest records to read
     */
    public static FlowLogSources open(Inventory inventory, Optional<String> profile, Optional<URI> endpoint, Instant since)
    {
        requireNonNull(inventory, "inventory is null");
        AwsCredentialsProvider credentials = profile
                .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        Optional<URI> target = endpoint.or(() -> Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).filter(value -> !value.isBlank()).map(URI::create));
        FlowLogSources opened = new FlowLogSources();
        for (FlowLogConfiguration flowLog : inventory.flowLogs()) {
            switch (flowLog.logDestinationType()) {
                case "s3" -> opened.sources.add(new S3FlowLogSource(flowLog, opened.s3Clients.computeIfAbsent(flowLog.region(),
                        region -> configure(S3Client.builder().forcePathStyle(target.isPresent()).crossRegionAccessEnabled(true), credentials, region, target).build()),
                        since));
                case "cloud-watch-logs" -> opened.sources.add(new CloudWatchLogsFlowLogSource(flowLog, opened.logsClients.computeIfAbsent(flowLog.region(),
                        region -> configure(CloudWatchLogsClient.builder(), credentials, region, target).build()), since));
                default -> opened.skipped.add(flowLog.flowLogId() + " delivers to " + flowLog.logDestinationType() + ", which cannot be read back");
            }
        }
        return opened;
    }

    private static <B extends AwsClientBuilder<B, C>, C> B configure(B builder, AwsCredentialsProvider credentials, String region, Optional<URI> endpoint)
    {
        builder.credentialsProvider(credentials).region(Region.of(region));
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    public List<FlowLogSource> sources()
    {
        return List.copyOf(sources);
    }

    /** Flow logs that were not opened, with the reason. */
    public List<String> skipped()
    {
        return List.copyOf(skipped);
    }

    @Override
    public void close()
    {
        s3Clients.values().forEach(S3Client::close);
        logsClients.values().forEach(CloudWatchLogsClient::close);
    }
}

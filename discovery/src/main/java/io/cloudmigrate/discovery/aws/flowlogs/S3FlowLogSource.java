package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static java.util.Objects.requireNonNull;

/**
 * The objects a flow log delivered to S3: {@code PREFIX/AWSLogs/ACCOUNT/vpcflowlogs/REGION/…}, listed
 * with {@code ListObjectsV2} (1,000 keys a page) and read with {@code GetObject}. Objects are gzip as
 * AWS delivers them (detected from the first bytes, so plain text works too); their header line is
 * dropped, since the configuration states the format.
 */
final class S3FlowLogSource
        implements FlowLogSource
{
    private final FlowLogConfiguration configuration;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Instant since;

    S3FlowLogSource(FlowLogConfiguration configuration, S3Client s3, Instant since)
    {
        this.configuration = requireNonNull(configuration, "configuration is null");
        this.s3 = requireNonNull(s3, "s3 is null");
        this.since = requireNonNull(since, "since is null");
        // arn:aws:s3:::bucket/optional/prefix/
        String path = configuration.logDestination().substring(configuration.logDestination().indexOf(":::") + 3);
        int slash = path.indexOf('/');
        this.bucket = slash < 0 ? path : path.substring(0, slash);
        String userPrefix = slash < 0 ? "" : path.substring(slash + 1);
        this.prefix = (userPrefix.isEmpty() || userPrefix.endsWith("/") ? userPrefix : userPrefix + "/")
                + "AWSLogs/" + configuration.accountId() + "/vpcflowlogs/" + configuration.region() + "/";
    }

    @Override
    public FlowLogConfiguration configuration()
    {
        return configuration;
    }

    @Override
    public String location()
    {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public void read(RecordConsumer consumer)
            throws IOException
    {
        List<S3Object> objects = s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).maxKeys(1000)).contents().stream()
                .filter(object -> object.lastModified() == null || !object.lastModified().isBefore(since))
                .filter(object -> object.key().contains(configuration.flowLogId()) || !object.key().contains("fl-"))
                .toList();
        for (S3Object object : objects) {
            try (ResponseInputStream<GetObjectResponse> response = s3.getObject(request -> request.bucket(bucket).key(object.key()));
                    BufferedReader records = new BufferedReader(new InputStreamReader(decompressed(response), StandardCharsets.UTF_8))) {
                records.mark(4096);
                String first = records.readLine();
                if (first != null && !first.startsWith("version") && !first.startsWith(configuration.fieldNames().getFirst())) {
                    records.reset();
                }
                consumer.accept("s3://" + bucket + "/" + object.key(), records);
            }
        }
    }

    /** gzip starts with 0x1f 0x8b; anything else is read as plain text. */
    static InputStream decompressed(InputStream raw)
            throws IOException
    {
        BufferedInputStream buffered = new BufferedInputStream(raw);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered) : buffered;
    }
}

package io.cloudmigrate.discovery.aws.internal;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Configures every client of a scan the same way: one shared HTTP connection pool sized to the
 * concurrency, the adaptive retry strategy (which backs off from throttling and here also counts it),
 * call counting, and the endpoint override that points everything at an emulator.
 */
public final class ClientFactory
        implements AutoCloseable
{
    private final SdkHttpClient http;
    private final Optional<URI> endpoint;
    private final ApiCallRecorder recorder;

    public ClientFactory(Optional<URI> endpoint, int concurrency, ApiCallRecorder recorder)
    {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.recorder = requireNonNull(recorder, "recorder is null");
        this.http = ApacheHttpClient.builder()
                .maxConnections(Math.max(concurrency * 2, 10))
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60))
                .build();
    }

    public boolean endpointOverridden()
    {
        return endpoint.isPresent();
    }

    /** A client whose calls are counted and recorded: the reads of the scan. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, AwsCredentialsProvider credentials, String region)
    {
        return build(builder, credentials, region, true);
    }

    /**
     * A client for fetching credentials (STS AssumeRole): its calls happen in the caller's account,
     * not the scanned one, so they are not part of the read-only policy the scanned roles need.
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C buildForCredentials(B builder, AwsCredentialsProvider credentials, String region)
    {
        return build(builder, credentials, region, false);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, AwsCredentialsProvider credentials, String region, boolean recorded)
    {
        builder.httpClient(http)
                .credentialsProvider(credentials)
                .region(Region.of(region))
                .overrideConfiguration(configuration -> {
                    configuration.retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().treatAsThrottling(recorder::isThrottled).build());
                    if (recorded) {
                        configuration.addExecutionInterceptor(recorder);
                    }
                });
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public ApiCallRecorder recorder()
    {
        return recorder;
    }

    @Override
    public void close()
    {
        http.close();
    }
}

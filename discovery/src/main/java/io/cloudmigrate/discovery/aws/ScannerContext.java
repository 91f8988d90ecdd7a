package io.cloudmigrate.discovery.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.internal.awscli.RegionScope;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkPojo;

import java.util.List;

/**
 * What a scanner gets for one account and region: configured clients, and a place to store outputs.
 * Outputs are named by the AWS CLI operation ({@code ec2-describe-instances}) and shaped as the CLI
 * prints them, so that the live scan and the offline import share one normalisation.
 */
public interface ScannerContext
{
    String accountId();

    String region();

    /** How many days of daily CloudWatch data points to read ({@link AwsScanOptions#metricsDays()}). */
    int metricsDays();

    /** ARNs built the way AWS builds them, for outputs that carry none. */
    RegionScope arns();

    /**
     * Builds a client for this account and region: credentials, region, endpoint override, adaptive
     * retries, call counting and the shared HTTP client are set. The scan closes it afterwards.
     */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(B builder);

    /** Builds a client as {@link #client(AwsClientBuilder)} does, for another region of the same account (a bucket's own region). */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(B builder, String region);

    /** Whether clients talk to an emulator at an overridden endpoint (S3 then needs path-style addressing). */
    boolean endpointOverridden();

    /**
     * Runs a call whose failure loses only its own output (the tags of one resource, one listing that
     * the rest does not need), not the rest of the service's scan. A failed call is counted, and the
     * scan warns once per operation and error code, naming the first identifier it failed for: a
     * policy without {@code lambda:ListTags} gives one warning, not one per function.
     *
     * @param operation the output's name, e.g. {@code lambda-list-tags}
     * @param identifier what the call is about, e.g. a function ARN, or the region for a listing
     */
    void optionalCall(String operation, String identifier, Runnable call);

    /** Stores a single call's output as the response object holds it. */
    void document(String operation, SdkPojo response);

    /** Stores a single call's output: {@code {field: [items of every page]}}. */
    void document(String operation, String field, List<? extends SdkPojo> items);

    /** Stores a per-resource call's output, e.g. the listeners of one load balancer. */
    void resourceDocument(String operation, String identifier, SdkPojo response);

    /** Stores a per-resource call's output as {@code {field: [items of every page]}}. */
    void resourceDocument(String operation, String identifier, String field, List<? extends SdkPojo> items);

    /** The items of the array {@code field} of a single call's output stored by an earlier stage; empty when none. */
    List<JsonNode> items(String operation, String field);
}

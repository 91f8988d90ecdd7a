package io.cloudmigrate.discovery.aws.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.internal.awscli.ApiOutputs;
import io.cloudmigrate.discovery.internal.awscli.RegionScope;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkPojo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static java.util.Objects.requireNonNull;

/**
 * The context of one scanner in one account and region. It tracks the clients it built, so that
 * {@link #close()} releases them once the scanner is done, and counts the items stored.
 */
public final class RegionScanContext
        implements ScannerContext, AutoCloseable
{
    private final ScanTarget target;
    private final ApiOutputs outputs;
    private final ClientFactory clients;
    private final AtomicLong itemsFound;
    private final int metricsDays;
    private final List<AutoCloseable> built = new ArrayList<>();

    public RegionScanContext(ScanTarget target, ApiOutputs outputs, ClientFactory clients, AtomicLong itemsFound, int metricsDays)
    {
        this.target = requireNonNull(target, "target is null");
        this.outputs = requireNonNull(outputs, "outputs is null");
        this.clients = requireNonNull(clients, "clients is null");
        this.itemsFound = requireNonNull(itemsFound, "itemsFound is null");
        this.metricsDays = metricsDays;
    }

    @Override
    public String accountId()
    {
        return target.accountId();
    }

    @Override
    public String region()
    {
        return outputs.region();
    }

    @Override
    public int metricsDays()
    {
        return metricsDays;
    }

    @Override
    public RegionScope arns()
    {
        return outputs.arns();
    }

    @Override
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(B builder)
    {
        C client = clients.build(builder, target.credentials(), region());
        built.add(client);
        return client;
    }

    @Override
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(B builder, String region)
    {
        C client = clients.build(builder, target.credentials(), region);
        built.add(client);
        return client;
    }

    @Override
    public boolean endpointOverridden()
    {
        return clients.endpointOverridden();
    }

    @Override
    public void document(String operation, SdkPojo response)
    {
        outputs.document(operation, SdkJson.object(response));
    }

    @Override
    public void document(String operation, String field, List<? extends SdkPojo> items)
    {
        itemsFound.addAndGet(items.size());
        outputs.document(operation, SdkJson.items(field, items));
    }

    @Override
    public void resourceDocument(String operation, String identifier, SdkPojo response)
    {
        outputs.resourceDocument(operation, identifier, SdkJson.object(response));
    }

    @Override
    public void resourceDocument(String operation, String identifier, String field, List<? extends SdkPojo> items)
    {
        outputs.resourceDocument(operation, identifier, SdkJson.items(field, items));
    }

    @Override
    public List<JsonNode> items(String operation, String field)
    {
        return outputs.document(operation).map(document -> {
            List<JsonNode> items = new ArrayList<>();
            document.path(field).forEach(items::add);
            return items;
        }).orElse(List.of());
    }

    @Override
    public void close()
            throws Exception
    {
        for (AutoCloseable client : built) {
            client.close();
        }
    }
}

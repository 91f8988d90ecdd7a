package io.cloudmigrate.discovery.aws.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.internal.awscli.ApiOutputs;
import io.cloudmigrate.discovery.internal.awscli.RegionScope;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

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
    private final String service;
    private final Consumer<InventoryWarning> warnings;
    // By operation and error code, in the order of first failure: one scanner runs its calls on one thread.
    private final Map<String, OptionalFailure> optionalFailures = new LinkedHashMap<>();

    /**
     * @param service the scanner's service name, for warnings
     * @param warnings receives, when the context closes, one warning per operation and error code of the failed optional calls
     */
    public RegionScanContext(ScanTarget target, ApiOutputs outputs, ClientFactory clients, AtomicLong itemsFound, int metricsDays, String service,
            Consumer<InventoryWarning> warnings)
    {
        this.target = requireNonNull(target, "target is null");
        this.outputs = requireNonNull(outputs, "outputs is null");
        this.clients = requireNonNull(clients, "clients is null");
        this.itemsFound = requireNonNull(itemsFound, "itemsFound is null");
        this.metricsDays = metricsDays;
        this.service = requireNonNull(service, "service is null");
        this.warnings = requireNonNull(warnings, "warnings is null");
    }

    @Override
    public void optionalCall(String operation, String identifier, Runnable call)
    {
        try {
            call.run();
        }
        catch (SdkException e) {
            String code = ScanFailures.code(e);
            OptionalFailure failure = optionalFailures.computeIfAbsent(operation + " " + code, ignored -> new OptionalFailure(operation, code, identifier, ScanFailures.describe(e)));
            failure.count++;
        }
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
        for (OptionalFailure failure : optionalFailures.values()) {
            String where = target.accountId() + "/" + outputs.region();
            warnings.accept(new InventoryWarning(target.accountId(), outputs.region(), service, failure.code, failure.operation,
                    failure.operation + " failed " + (failure.count == 1 ? "once" : failure.count + " times") + " in " + where + ", first for "
                            + failure.firstIdentifier + " (" + failure.description + "); what it reads is missing, the rest of " + service
                            + " was scanned"));
        }
        for (AutoCloseable client : built) {
            client.close();
        }
    }

    private static final class OptionalFailure
    {
        private final String operation;
        private final String code;
        private final String firstIdentifier;
        private final String description;
        private int count;

        OptionalFailure(String operation, String code, String firstIdentifier, String description)
        {
            this.operation = operation;
            this.code = code;
            this.firstIdentifier = firstIdentifier;
            this.description = description;
        }
    }
}

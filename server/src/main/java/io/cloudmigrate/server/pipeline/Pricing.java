package io.cloudmigrate.server.pipeline;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.savingsplans.SavingsplansClient;
import software.amazon.awssdk.services.savingsplans.SavingsplansClientBuilder;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Where an assessment takes its prices from ({@code --prices}) and where Price List API answers are
 * cached; {@code assess}, {@code demo} and the server's assessment jobs price through it alike.
 *
 * @param cacheDirectory the Price List API answers on disk, e.g. {@code ~/.cloudmigrate/prices}
 */
public record Pricing(PriceMode mode, Path cacheDirectory)
{
    /** Points the pricing client at another endpoint (a local Price List API in tests). */
    public static final String ENDPOINT_VARIABLE = "CLOUDMIGRATE_PRICING_ENDPOINT";
    /** Points the Savings Plans client at another endpoint (a local Savings Plans API in tests). */
    public static final String SAVINGS_PLANS_ENDPOINT_VARIABLE = "CLOUDMIGRATE_SAVINGSPLANS_ENDPOINT";
    /** Points the EC2 clients that read Spot prices at another endpoint (moto in tests). */
    public static final String SPOT_ENDPOINT_VARIABLE = "CLOUDMIGRATE_SPOT_ENDPOINT";

    public Pricing
    {
        requireNonNull(mode, "mode is null");
        requireNonNull(cacheDirectory, "cacheDirectory is null");
    }

    /** The bundled snapshot only: deterministic and offline. */
    public static Pricing snapshot()
    {
        return new Pricing(PriceMode.SNAPSHOT, PriceListPrices.defaultCacheDirectory());
    }

    /** The cost model for an inventory; why the API or the cache could not be used goes to {@code problems}, one sentence each. */
    public CostModel costModel(Inventory inventory, Consumer<String> problems)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(problems, "problems is null");
        if (mode == PriceMode.SNAPSHOT) {
            return CostModel.create();
        }
        // Credentials are looked up once: each lookup may probe the instance metadata service.
        Optional<DefaultCredentialsProvider> credentials = mode == PriceMode.CACHE ? Optional.empty() : credentials();
        PriceListPrices prices = PriceListPrices.create(cacheDirectory, credentials.map(Pricing::client), credentials.map(Pricing::savingsPlansClient));
        prices = credentials.map(Pricing::spotClients).map(prices::withSpotPrices).orElse(prices);
        PriceListPrices.Outcome outcome = prices
                .catalogFor(inventory, PriceCatalog.bundled(), mode);
        outcome.problems().forEach(problems);
        return CostModel.create(outcome.catalog());
    }

    /** The Price List API client; its endpoint is in us-east-1. */
    public static PricingClient client(DefaultCredentialsProvider credentials)
    {
        PricingClientBuilder builder = PricingClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(ApacheHttpClient.create());
        endpoint(ENDPOINT_VARIABLE).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The Savings Plans client; the API's endpoint is global, signed for us-east-1. */
    public static SavingsplansClient savingsPlansClient(DefaultCredentialsProvider credentials)
    {
        SavingsplansClientBuilder builder = SavingsplansClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(ApacheHttpClient.create());
        endpoint(SAVINGS_PLANS_ENDPOINT_VARIABLE).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** EC2 clients by region for the current Spot prices ({@code ec2:DescribeSpotPriceHistory}); one client per region, made on first use. */
    private static Function<String, Ec2Client> spotClients(DefaultCredentialsProvider credentials)
    {
        Optional<URI> endpoint = endpoint(SPOT_ENDPOINT_VARIABLE);
        Map<String, Ec2Client> clients = new ConcurrentHashMap<>();
        return region -> clients.computeIfAbsent(region, name -> {
            Ec2ClientBuilder builder = Ec2Client.builder()
                    .region(Region.of(name))
                    .credentialsProvider(credentials)
                    .httpClient(ApacheHttpClient.create());
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    /** The default credentials chain when it resolves, else empty: without credentials, prices come from the cache or the snapshot. */
    public static Optional<DefaultCredentialsProvider> credentials()
    {
        if (!CredentialProbe.ofThisProcess().mayHaveCredentials()) {
            return Optional.empty();
        }
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        try {
            credentials.resolveCredentials();
        }
        catch (SdkException e) {
            return Optional.empty();
        }
        return Optional.of(credentials);
    }

    private static Optional<URI> endpoint(String variable)
    {
        String endpoint = System.getenv(variable);
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint));
    }
}

package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The price options {@code assess} and {@code prices refresh} share: where prices come from and where
 * the Price List API answers are cached.
 */
final class PriceOptions
{
    /** Points the pricing client at another endpoint (a local Price List API in tests). */
    static final String ENDPOINT_VARIABLE = "CLOUDMIGRATE_PRICING_ENDPOINT";

    @Option(names = "--prices", paramLabel = "SOURCE", defaultValue = "auto", converter = PriceModeConverter.class,
            description = {"Where prices come from: live (the AWS Price List API for every price, refreshing the cache), cache (answers cached earlier, "
                    + "no network), snapshot (the bundled June 2025 snapshot only) or auto (the cache, then the API when AWS credentials are available, "
                    + "then the snapshot). Default: ${DEFAULT-VALUE}. A price no source has is listed as unpriced, never guessed."})
    PriceMode mode = PriceMode.AUTO;

    @Option(names = "--price-cache", paramLabel = "DIR", description = "Directory of cached Price List API answers (default: ~/.cloudmigrate/prices).")
    Path cacheDirectory;

    Path cacheDirectory()
    {
        return cacheDirectory == null ? PriceListPrices.defaultCacheDirectory() : cacheDirectory;
    }

    /** The cost model for an inventory, its prices taken as {@code --prices} says; problems are written to {@code err}. */
    CostModel costModel(Inventory inventory, PrintWriter err)
    {
        if (mode == PriceMode.SNAPSHOT) {
            return CostModel.create();
        }
        PriceListPrices.Outcome outcome = prices(mode == PriceMode.CACHE ? Optional.empty() : client())
                .catalogFor(inventory, PriceCatalog.bundled(), mode);
        outcome.problems().forEach(problem -> err.println("warning: " + problem));
        err.flush();
        return CostModel.create(outcome.catalog());
    }

    PriceListPrices prices(Optional<PricingClient> client)
    {
        return PriceListPrices.create(cacheDirectory(), client);
    }

    /** A pricing client when AWS credentials can be found, else empty; the Price List API endpoint is in us-east-1. */
    static Optional<PricingClient> client()
    {
        return client(CredentialProbe.ofThisProcess());
    }

    static Optional<PricingClient> client(CredentialProbe probe)
    {
        if (!probe.mayHaveCredentials()) {
            return Optional.empty();
        }
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        try {
            credentials.resolveCredentials();
        }
        catch (SdkException e) {
            return Optional.empty();
        }
        PricingClientBuilder builder = PricingClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(ApacheHttpClient.create());
        String endpoint = System.getenv(ENDPOINT_VARIABLE);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return Optional.of(builder.build());
    }

    /** Reads {@code live}, {@code cache}, {@code snapshot} or {@code auto}, in any case. */
    static final class PriceModeConverter
            implements picocli.CommandLine.ITypeConverter<PriceMode>
    {
        @Override
        public PriceMode convert(String value)
        {
            try {
                return PriceMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a price source: use live, cache, snapshot or auto");
            }
        }
    }
}

package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.server.pipeline.Pricing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate prices}: the cache of AWS Price List API answers that {@code assess} prices from.
 */
@Command(
        name = "prices",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Refresh the cached AWS list prices that 'assess' uses.",
        description = {"AWS list prices come from the Price List Query API (pricing:GetProducts) and are cached on disk with their publication date."},
        subcommands = PricesCommand.Refresh.class)
public final class PricesCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Override
    public Integer call()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** {@code cloudmigrate prices refresh}. */
    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            usageHelpAutoWidth = true,
            header = "Ask the Price List API again for every cached price (and every price an inventory needs).",
            description = {"Needs AWS credentials allowed pricing:GetProducts (see 'cloudmigrate iam-policy')."})
    static final class Refresh
            implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--regions", split = ",", paramLabel = "REGION", description = "Only prices of these regions, e.g. eu-west-1,us-east-1 (default: all cached).")
        List<String> regions = List.of();

        @Option(names = "--inventory", paramLabel = "FILE", description = "Also fetch every price this inventory.json needs.")
        Path inventoryFile;

        @Option(names = "--price-cache", paramLabel = "DIR", description = "Directory of cached Price List API answers (default: ~/.cloudmigrate/prices).")
        Path cacheDirectory;

        @Override
        public Integer call()
        {
            Optional<Inventory> inventory = Optional.ofNullable(inventoryFile).map(JsonDocuments::readInventory);
            Path directory = cacheDirectory == null ? PriceListPrices.defaultCacheDirectory() : cacheDirectory;
            Optional<DefaultCredentialsProvider> credentials = Pricing.credentials();
            PriceListPrices.Outcome outcome = PriceListPrices.create(directory, credentials.map(Pricing::client), credentials.map(Pricing::savingsPlansClient))
                    .refresh(inventory, regions, PriceCatalog.bundled());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Refreshed " + outcome.fromApi() + " price answers in " + directory);
            out.flush();
            return ExitCodes.OK;
        }
    }
}

package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.scoring.internal.PriceListSession;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.savingsplans.SavingsplansClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Prices from the AWS Price List Query API ({@code pricing:GetProducts}) for exactly the products an
 * estate needs, kept in a disk cache with their publication dates and laid over the bundled snapshot.
 * What neither has stays unpriced.
 */
public final class PriceListPrices
{
    /** The name the assessment gives prices that come from the API. */
    public static final String API_SOURCE = "AWS Price List API";

    /**
     * What one run found.
     *
     * @param fromCache questions answered from the cache
     * @param fromApi questions answered by the API (and cached)
     * @param unanswered questions neither answered
     * @param problems why the API was not used or an answer was not usable, one sentence each
     */
    public record Outcome(PriceCatalog catalog, int fromCache, int fromApi, int unanswered, List<String> problems)
    {
        public Outcome
        {
            requireNonNull(catalog, "catalog is null");
            problems = List.copyOf(problems);
        }
    }

    private final Path cacheDirectory;
    private final Optional<PricingClient> client;
    private final Optional<SavingsplansClient> savingsPlans;
    private final Optional<Function<String, Ec2Client>> spot;

    private PriceListPrices(Path cacheDirectory, Optional<PricingClient> client, Optional<SavingsplansClient> savingsPlans, Optional<Function<String, Ec2Client>> spot)
    {
        this.spot = requireNonNull(spot, "spot is null");
        this.cacheDirectory = requireNonNull(cacheDirectory, "cacheDirectory is null");
        this.client = requireNonNull(client, "client is null");
        this.savingsPlans = requireNonNull(savingsPlans, "savingsPlans is null");
    }

    /**
     * @param client the pricing client, or empty when there are no AWS credentials (then only the cache and the snapshot are used)
     */
    public static PriceListPrices create(Path cacheDirectory, Optional<PricingClient> client)
    {
        return new PriceListPrices(cacheDirectory, client, Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #create(Path, Optional)}, with a Savings Plans client whose Compute Savings Plans rates
     * ({@code savingsplans:DescribeSavingsPlansOfferingRates}) stand beside the Reserved offers of EC2 instance hours, and price Fargate and Lambda duration under a plan.
     */
    public static PriceListPrices create(Path cacheDirectory, Optional<PricingClient> client, Optional<SavingsplansClient> savingsPlans)
    {
        return new PriceListPrices(cacheDirectory, client, savingsPlans, Optional.empty());
    }

    /**
     * Reads the current Spot price of each instance type of the estate ({@code ec2:DescribeSpotPriceHistory})
     * through an EC2 client per region, to show beside the on-demand price as information; never a target's price.
     */
    public PriceListPrices withSpotPrices(Function<String, Ec2Client> clients)
    {
        return new PriceListPrices(cacheDirectory, client, savingsPlans, Optional.of(requireNonNull(clients, "clients is null")));
    }

    /** {@code ~/.cloudmigrate/prices}. */
    public static Path defaultCacheDirectory()
    {
        return Path.of(System.getProperty("user.home"), ".cloudmigrate", "prices");
    }

    /**
     * The snapshot with the prices the estate needs laid over it, taken as the mode says.
     *
     * @throws CloudMigrateException in {@link PriceMode#LIVE} when there is no client or the API fails
     */
    public Outcome catalogFor(Inventory inventory, PriceCatalog snapshot, PriceMode mode)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(mode, "mode is null");
        return new PriceListSession(cacheDirectory, client, savingsPlans).withSpotPrices(spot).catalogFor(inventory, snapshot, mode);
    }

    /**
     * Asks the API again every question in the cache (only those of the given regions, when any are
     * given) and every question the inventory needs, and stores the answers.
     */
    public Outcome refresh(Optional<Inventory> inventory, List<String> regions, PriceCatalog snapshot)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(regions, "regions is null");
        return new PriceListSession(cacheDirectory, client, savingsPlans).refresh(inventory, regions, snapshot);
    }
}

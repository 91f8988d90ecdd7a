package io.cloudmigrate.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * AWS on-demand list prices in USD from a dated offline snapshot, by region code and price dimension.
 *
 * <p>The bundled snapshot ({@code io/cloudmigrate/scoring/prices/aws-prices-2025-06.json}) is cut from
 * QuinnyPig/aws-price-watcher {@code processed/} at commit a6645eb (MIT licence, data as published in
 * June 2025; see the NOTICE.md beside it). It holds these dimensions for eight common regions:
 * <ul>
 * <li>{@code ec2.linux.<instance type>} per hour (general purpose, compute, memory and burstable families);
 * <li>{@code elasticache.<redis|memcached>.<node type>} per node-hour;
 * <li>{@code elb.<application|network|gateway>.hour} and {@code .lcu-hour}, {@code elb.classic.hour} and {@code elb.classic.gb};
 * <li>{@code lambda.request}, {@code lambda.gb-second.<x86_64|arm64>};
 * <li>{@code fargate.vcpu-hour.<arch>}, {@code fargate.gb-hour.<arch>}, {@code fargate.windows-license.vcpu-hour};
 * <li>{@code s3.<class>.gb-month}: Standard (first 50 TB), Standard-IA, One Zone-IA, the Glacier classes and the Intelligent-Tiering tiers;
 * <li>{@code rds.storage.<gp2|gp3|io1|io2|standard>.<single-az|multi-az>} and {@code rds.storage.aurora} per GB-month;
 * <li>{@code datatransfer.internet-out.gb} (first 10 TB tier) and {@code datatransfer.inter-region.<to region>.gb};
 * <li>{@code apigateway.rest.request}, {@code apigateway.http.request} (first tier);
 * <li>{@code vpc.public-ipv4.hour}, {@code vpc.endpoint.hour}.
 * </ul>
 * It has no EC2 Windows, RDS instance-class, EBS, NAT gateway, S3 Deep Archive or Reduced Redundancy prices, and no prices for other regions; the
 * cost model lists what it cannot price as unpriced ({@link UnpricedItem}) and never derives one price from another.
 */
public final class PriceCatalog
{
    /** AWS prices a month as 730 hours. */
    public static final double HOURS_PER_MONTH = 730;

    private static final String RESOURCE = "prices/aws-prices-2025-06.json";

    private final String snapshot;
    private final String source;
    private final Map<String, String> locations;
    private final Map<String, Map<String, Double>> prices;
    // Prices laid over the snapshot (from the Price List API), by region and dimension.
    private final Map<String, Map<String, ListedPrice>> listed;
    // Current Spot prices (information only), by region and on-demand dimension.
    private final Map<String, Map<String, SpotPrice>> spot;

    private PriceCatalog(String snapshot, String source, Map<String, String> locations, Map<String, Map<String, Double>> prices)
    {
        this(snapshot, source, locations, prices, Map.of());
    }

    private PriceCatalog(String snapshot, String source, Map<String, String> locations, Map<String, Map<String, Double>> prices, Map<String, Map<String, ListedPrice>> listed)
    {
        this(snapshot, source, locations, prices, listed, Map.of());
    }

    private PriceCatalog(String snapshot, String source, Map<String, String> locations, Map<String, Map<String, Double>> prices,
            Map<String, Map<String, ListedPrice>> listed, Map<String, Map<String, SpotPrice>> spot)
    {
        Map<String, Map<String, SpotPrice>> spotCopy = new TreeMap<>();
        spot.forEach((region, byDimension) -> spotCopy.put(region, new TreeMap<>(byDimension)));
        this.spot = spotCopy;
        Map<String, Map<String, ListedPrice>> listedCopy = new TreeMap<>();
        listed.forEach((region, byDimension) -> listedCopy.put(region, new TreeMap<>(byDimension)));
        this.listed = listedCopy;
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.source = requireNonNull(source, "source is null");
        this.locations = new TreeMap<>(requireNonNull(locations, "locations is null"));
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        requireNonNull(prices, "prices is null").forEach((region, byDimension) -> copy.put(region, new TreeMap<>(byDimension)));
        this.prices = copy;
    }

    /**
     * A catalog of the given prices.
     *
     * @param locations region code to the location name price lists use, e.g. {@code us-east-1} → {@code US East (N. Virginia)}
     * @param prices region code to dimension to USD
     */
    public static PriceCatalog of(String snapshot, String source, Map<String, String> locations, Map<String, Map<String, Double>> prices)
    {
        return new PriceCatalog(snapshot, source, locations, prices);
    }

    /** The snapshot bundled with CloudMigrate. */
    public static PriceCatalog bundled()
    {
        return Bundled.CATALOG;
    }

    /**
     * This catalog with the given prices laid over it: a listed price replaces the snapshot's for its
     * region and dimension, and brings its own source, date and Reserved offers.
     */
    public PriceCatalog overlay(List<ListedPrice> overlay)
    {
        Map<String, String> newLocations = new TreeMap<>(locations);
        Map<String, Map<String, ListedPrice>> newListed = new TreeMap<>();
        listed.forEach((region, byDimension) -> newListed.put(region, new TreeMap<>(byDimension)));
        for (ListedPrice price : overlay) {
            newLocations.putIfAbsent(price.region(), price.location());
            newListed.computeIfAbsent(price.region(), region -> new TreeMap<>()).put(price.dimension(), price);
        }
        return new PriceCatalog(snapshot, source, newLocations, prices, newListed, spot);
    }

    /** This catalog with current Spot prices beside its on-demand ones; a later price replaces an earlier one of the same region and dimension. */
    public PriceCatalog withSpotPrices(List<SpotPrice> spotPrices)
    {
        Map<String, Map<String, SpotPrice>> newSpot = new TreeMap<>();
        spot.forEach((region, byDimension) -> newSpot.put(region, new TreeMap<>(byDimension)));
        spotPrices.forEach(price -> newSpot.computeIfAbsent(price.region(), region -> new TreeMap<>()).put(price.dimension(), price));
        return new PriceCatalog(snapshot, source, locations, prices, listed, newSpot);
    }

    /** The current Spot price beside an on-demand dimension, when one was read: information, never a target's price. */
    public Optional<SpotPrice> spot(String region, String dimension)
    {
        return Optional.ofNullable(spot.getOrDefault(region, Map.of()).get(dimension));
    }

    /** Where the price of a dimension comes from: the Price List API answer that gave it, or the snapshot. */
    public PriceSource sourceOf(String region, String dimension)
    {
        ListedPrice price = listed.getOrDefault(region, Map.of()).get(dimension);
        return price == null ? new PriceSource(source, snapshot) : price.source();
    }

    /**
     * The committed offers for the product behind a dimension: Reserved Instances of the price list and,
     * for EC2 instance hours, Fargate vCPU and memory hours and Lambda GB-seconds, Compute Savings Plans rates; empty when the APIs have none or the price is from the snapshot.
     */
    public List<PurchaseOption> reserved(String region, String dimension)
    {
        ListedPrice price = listed.getOrDefault(region, Map.of()).get(dimension);
        return price == null ? List.of() : price.reserved();
    }

    /** When the snapshot's prices were published, {@code yyyy-MM}. */
    public String snapshot()
    {
        return snapshot;
    }

    public String source()
    {
        return source;
    }

    /** The region codes the catalog has prices for, sorted. */
    public List<String> regions()
    {
        return List.copyOf(locations.keySet());
    }

    /** The location name of a region, e.g. {@code EU (Ireland)}. */
    public Optional<String> location(String region)
    {
        return Optional.ofNullable(locations.get(region));
    }

    /** The price of one dimension in one region, in USD per the dimension's unit. */
    public OptionalDouble price(String region, String dimension)
    {
        requireNonNull(region, "region is null");
        requireNonNull(dimension, "dimension is null");
        ListedPrice listedPrice = listed.getOrDefault(region, Map.of()).get(dimension);
        if (listedPrice != null) {
            return OptionalDouble.of(listedPrice.usd());
        }
        Double price = prices.getOrDefault(region, Map.of()).get(dimension);
        return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
    }

    private static PriceCatalog load()
    {
        try (InputStream input = PriceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new CloudMigrateException(ScoringErrorCode.BUNDLED_DATA_UNREADABLE, RESOURCE + " is missing from the scoring jar; rebuild CloudMigrate");
            }
            JsonNode document = JsonDocuments.mapper().readTree(input);
            Map<String, String> locations = new TreeMap<>();
            Map<String, Map<String, Double>> prices = new TreeMap<>();
            document.path("regions").properties().forEach(region -> {
                locations.put(region.getKey(), region.getValue().path("location").asText());
                Map<String, Double> byDimension = new TreeMap<>();
                region.getValue().path("prices").properties()
                        .forEach(price -> byDimension.put(price.getKey(), Double.parseDouble(price.getValue().asText())));
                prices.put(region.getKey(), byDimension);
            });
            return new PriceCatalog(document.path("snapshot").asText(), document.path("source").asText(), locations, prices);
        }
        catch (IOException | NumberFormatException e) {
            throw new CloudMigrateException(ScoringErrorCode.BUNDLED_DATA_UNREADABLE, RESOURCE + " in the scoring jar is malformed (" + e.getMessage() + "); rebuild CloudMigrate", e);
        }
    }

    // Loaded on first use and immutable afterwards.
    private static final class Bundled
    {
        static final PriceCatalog CATALOG = load();
    }
}

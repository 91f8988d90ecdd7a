package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.ScoringErrorCode;
import io.cloudmigrate.scoring.SpotPrice;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The current Spot price ({@code ec2:DescribeSpotPriceHistory} from now) of each EC2 instance type and
 * operating system of an estate, in the cheapest Availability Zone of its region. Spot prices change
 * by the hour, so they are read afresh and never cached; they are information beside the on-demand
 * price, not a price of any target.
 */
final class SpotPriceHistory
{
    private static final Map<String, String> PRODUCT_DESCRIPTIONS = Map.of(
            "linux", "Linux/UNIX", "windows", "Windows", "rhel", "Red Hat Enterprise Linux", "suse", "SUSE Linux");

    private SpotPriceHistory() {}

    /** The {@code ec2.<system>.<type>} dimensions of the estate's instances, by region, sorted. */
    static SortedMap<String, String> dimensions(Inventory inventory)
    {
        SortedMap<String, String> dimensions = new TreeMap<>();
        for (Resource resource : inventory.resources()) {
            if (resource.details() instanceof ResourceDetails.Ec2Instance instance) {
                InstanceType.parse(instance.instanceType()).ifPresent(type -> {
                    String dimension = "ec2." + Ec2Pricing.operatingSystem(instance) + "." + type.name();
                    dimensions.put(resource.region() + " " + dimension, dimension);
                });
            }
        }
        return dimensions;
    }

    /**
     * Reads the current prices; the first failure ends the reading (it would repeat for every
     * question) and is returned as the problem.
     */
    static List<SpotPrice> read(Inventory inventory, Function<String, Ec2Client> clients, List<String> problems)
    {
        List<SpotPrice> prices = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, String> entry : dimensions(inventory).entrySet()) {
            String region = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            try {
                cheapest(clients.apply(region), region, entry.getValue(), now).ifPresent(prices::add);
            }
            catch (SdkException | CloudMigrateException e) {
                problems.add("ec2 DescribeSpotPriceHistory in " + region + " failed (" + e.getMessage() + "); no Spot prices are shown");
                return List.copyOf(prices);
            }
        }
        return List.copyOf(prices);
    }

    /** The lowest current price among the region's Availability Zones, of exactly this type and operating system. */
    static Optional<SpotPrice> cheapest(Ec2Client ec2, String region, String dimension, Instant now)
    {
        String[] parts = dimension.split("\\.", 3);
        String description = PRODUCT_DESCRIPTIONS.get(parts[1]);
        if (description == null) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED, dimension + " names no operating system Spot prices are kept for");
        }
        DescribeSpotPriceHistoryResponse response = ec2.describeSpotPriceHistory(request -> request
                .instanceTypesWithStrings(parts[2])
                .productDescriptions(description)
                .startTime(now));
        return response.spotPriceHistory().stream()
                // EC2 names the same product "Linux/UNIX" or, for accounts that once had EC2-Classic, "Linux/UNIX (Amazon VPC)"
                .filter(price -> parts[2].equals(price.instanceTypeAsString()))
                .filter(price -> description.equals(price.productDescriptionAsString()) || (description + " (Amazon VPC)").equals(price.productDescriptionAsString()))
                .filter(price -> price.availabilityZone() != null && price.spotPrice() != null)
                .map(price -> new SpotPrice(region, dimension, price.availabilityZone(), Double.parseDouble(price.spotPrice()),
                        price.timestamp() == null ? "" : price.timestamp().toString()))
                .min(Comparator.comparingDouble(SpotPrice::usdPerHour).thenComparing(SpotPrice::availabilityZone));
    }
}

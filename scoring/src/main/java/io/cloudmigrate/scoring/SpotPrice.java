package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * The current Spot price of an EC2 instance type in the cheapest Availability Zone of a region, as
 * {@code ec2:DescribeSpotPriceHistory} reports it. Information only: AWS may interrupt a Spot
 * instance at two minutes' notice, and nothing in the 7R rules marks a workload as tolerating that,
 * so a Spot price is never a target's price.
 *
 * @param dimension the on-demand dimension it stands beside, e.g. {@code ec2.linux.m5.large}
 * @param timestamp when the price took effect, ISO-8601
 */
public record SpotPrice(String region, String dimension, String availabilityZone, double usdPerHour, String timestamp)
{
    public SpotPrice
    {
        requireNonNull(region, "region is null");
        requireNonNull(dimension, "dimension is null");
        requireNonNull(availabilityZone, "availabilityZone is null");
        requireNonNull(timestamp, "timestamp is null");
    }
}

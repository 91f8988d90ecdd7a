package io.cloudmigrate.discovery.aws;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What to scan and how.
 *
 * @param profile the named profile of the shared AWS config; empty for the default credential chain
 * @param regions region codes; empty for the SDK's default region; {@code all} for every enabled region
 * @param roleArns roles to assume, one per account; empty to scan the caller's account
 * @param organizationRoleName when present, the role assumed in every active account of the caller's organization
 * @param endpoint an endpoint every client is pointed at (an emulator); empty for AWS itself, or {@code AWS_ENDPOINT_URL}
 * @param concurrency how many API scans of account × region × service run at once
 * @param metricsDays the CloudWatch utilisation window: daily data points of the last {@code metricsDays}
 *         days, from {@code 1} to {@link #METRICS_DAYS_MAXIMUM}
 */
public record AwsScanOptions(
        String name,
        Optional<String> profile,
        List<String> regions,
        List<String> roleArns,
        Optional<String> organizationRoleName,
        Optional<String> externalId,
        Optional<URI> endpoint,
        int concurrency,
        int metricsDays)
{
    public static final int CONCURRENCY_DEFAULT = 16;
    public static final String ALL_REGIONS = "all";
    /** The window the 7R rubric judges utilisation over (N = 90 days: idle and zombie resources). */
    public static final int METRICS_DAYS_DEFAULT = 90;
    /** CloudWatch keeps hourly data, from which daily points are made, for 455 days (15 months). */
    public static final int METRICS_DAYS_MAXIMUM = 455;

    public AwsScanOptions
    {
        requireNonNull(name, "name is null");
        requireNonNull(profile, "profile is null");
        regions = List.copyOf(requireNonNull(regions, "regions is null"));
        roleArns = List.copyOf(requireNonNull(roleArns, "roleArns is null"));
        requireNonNull(organizationRoleName, "organizationRoleName is null");
        requireNonNull(externalId, "externalId is null");
        requireNonNull(endpoint, "endpoint is null");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (metricsDays < 1 || metricsDays > METRICS_DAYS_MAXIMUM) {
            throw new IllegalArgumentException("metricsDays must be from 1 to " + METRICS_DAYS_MAXIMUM + ": " + metricsDays);
        }
    }

    /** Options with the default utilisation window of {@value #METRICS_DAYS_DEFAULT} days. */
    public AwsScanOptions(String name, Optional<String> profile, List<String> regions, List<String> roleArns, Optional<String> organizationRoleName,
            Optional<String> externalId, Optional<URI> endpoint, int concurrency)
    {
        this(name, profile, regions, roleArns, organizationRoleName, externalId, endpoint, concurrency, METRICS_DAYS_DEFAULT);
    }
}

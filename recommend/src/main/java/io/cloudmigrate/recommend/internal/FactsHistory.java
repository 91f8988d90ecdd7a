package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts about a resource's data, age and licence that the rules do not read but a reviewer's decision
 * may depend on (issue 12's feature list): each is empty when the inventory does not know it, never a
 * guessed 0.
 */
final class FactsHistory
{
    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private FactsHistory() {}

    /** The data it holds or can hold, in GB: attached EBS volumes, allocated RDS storage, an S3 bucket's size. */
    static Optional<Double> dataGb(WorkloadFacts facts)
    {
        return switch (facts.resource().details()) {
            case ResourceDetails.Ec2Instance instance -> instance.storageGb() > 0 ? Optional.of((double) instance.storageGb()) : Optional.empty();
            case ResourceDetails.RdsDbInstance database -> database.allocatedStorageGb() > 0 ? Optional.of((double) database.allocatedStorageGb()) : Optional.empty();
            // Aurora reports 1 GB allocated whatever it holds: its volume grows with the data
            case ResourceDetails.RdsDbCluster cluster -> cluster.allocatedStorageGb() > 1 ? Optional.of((double) cluster.allocatedStorageGb()) : Optional.empty();
            case ResourceDetails.S3Bucket bucket -> bucket.sizeBytes() >= 0 ? Optional.of(bucket.sizeBytes() / BYTES_PER_GB) : Optional.empty();
            case ResourceDetails.ElastiCacheCluster cache -> Optional.empty();
            case ResourceDetails.ElastiCacheReplicationGroup group -> Optional.empty();
            case ResourceDetails.LambdaFunction function -> Optional.empty();
            case ResourceDetails.LoadBalancer loadBalancer -> Optional.empty();
            case ResourceDetails.EcsService service -> Optional.empty();
            case ResourceDetails.EcsCluster cluster -> Optional.empty();
            case ResourceDetails.ApiGateway api -> Optional.empty();
            case ResourceDetails.Vpc vpc -> Optional.empty();
            case ResourceDetails.Subnet subnet -> Optional.empty();
            case ResourceDetails.RouteTable routeTable -> Optional.empty();
            case ResourceDetails.NatGateway natGateway -> Optional.empty();
            case ResourceDetails.VpcEndpoint endpoint -> Optional.empty();
            case ResourceDetails.UnattachedVolume volume -> volume.sizeGb() == null ? Optional.empty() : Optional.of((double) volume.sizeGb());
        };
    }

    /**
     * Days from its launch (EC2: the last launch, which a stop and start resets) or creation (S3, an EBS volume) to the
     * assessment date; empty for types whose inventory records neither, and for a date that does not parse.
     */
    static Optional<Long> ageDays(WorkloadFacts facts)
    {
        String since = switch (facts.resource().details()) {
            case ResourceDetails.Ec2Instance instance -> instance.launchTime();
            case ResourceDetails.S3Bucket bucket -> bucket.creationDate();
            case ResourceDetails.RdsDbInstance database -> null;
            case ResourceDetails.RdsDbCluster cluster -> null;
            case ResourceDetails.ElastiCacheCluster cache -> null;
            case ResourceDetails.ElastiCacheReplicationGroup group -> null;
            case ResourceDetails.LambdaFunction function -> null;
            case ResourceDetails.LoadBalancer loadBalancer -> null;
            case ResourceDetails.EcsService service -> null;
            case ResourceDetails.EcsCluster cluster -> null;
            case ResourceDetails.ApiGateway api -> null;
            case ResourceDetails.Vpc vpc -> null;
            case ResourceDetails.Subnet subnet -> null;
            case ResourceDetails.RouteTable routeTable -> null;
            case ResourceDetails.NatGateway natGateway -> null;
            case ResourceDetails.VpcEndpoint endpoint -> null;
            case ResourceDetails.UnattachedVolume volume -> volume.createTime();
        };
        return date(since).map(date -> Math.max(0, ChronoUnit.DAYS.between(date, facts.asOf())));
    }

    /** An EC2 platform that says BYOL ({@code Windows BYOL}, {@code Red Hat BYOL Linux}), or an RDS licence model {@code bring-your-own-license}. */
    static boolean bringsOwnLicence(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.Ec2Instance instance) {
            return lower(instance.platform()).contains("byol");
        }
        return facts.resource().details() instanceof ResourceDetails.RdsDbInstance database && lower(database.licenseModel()).equals("bring-your-own-license");
    }

    /** SQL Server whose licence is in the hourly price: an EC2 platform {@code Windows with SQL Server …}, or RDS for SQL Server with {@code license-included}. */
    static boolean sqlServerLicenceIncluded(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.Ec2Instance instance) {
            return lower(instance.platform()).contains("sql server");
        }
        return facts.resource().details() instanceof ResourceDetails.RdsDbInstance database && lower(database.engine()).startsWith("sqlserver")
                && lower(database.licenseModel()).equals("license-included");
    }

    private static String lower(String value)
    {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static Optional<LocalDate> date(String value)
    {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toLocalDate());
        }
        catch (DateTimeParseException timestamp) {
            try {
                return Optional.of(LocalDate.parse(value.strip().length() >= 10 ? value.strip().substring(0, 10) : value.strip()));
            }
            catch (DateTimeParseException date) {
                return Optional.empty();
            }
        }
    }
}

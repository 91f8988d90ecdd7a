package io.cloudmigrate.scoring.internal;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The S3 storage classes CloudMigrate prices, each with its catalog dimension and the Price List product that
 * gives its rate ({@code productFamily} {@code Storage}, told apart by usage type), and the CloudWatch
 * {@code StorageType} values billed at its rate.
 *
 * <p>The usage types are the ones AWS's S3 User Guide lists for billing and usage reports ("Understanding your
 * AWS billing and usage reports for Amazon S3": {@code TimedStorage-GlacierByteHrs} is Glacier Flexible
 * Retrieval, {@code TimedStorage-INT-AA/AIA/DAA-ByteHrs} the Intelligent-Tiering archive tiers,
 * {@code TimedStorage-GDA-ByteHrs} Deep Archive). That Deep Archive's products sit under their own service
 * code ({@code AmazonS3GlacierDeepArchive}) is not in that guide; several independent Price List clients query
 * it so, and it is still to be checked once against the live API.
 */
enum S3StorageClass
{
    STANDARD("s3.standard.gb-month", "S3 Standard", "AmazonS3", "TimedStorage-ByteHrs"),
    INTELLIGENT_TIERING_FREQUENT("s3.intelligent-tiering.frequent.gb-month", "S3 Intelligent-Tiering Frequent Access", "AmazonS3", "TimedStorage-INT-FA-ByteHrs"),
    INTELLIGENT_TIERING_INFREQUENT("s3.intelligent-tiering.infrequent.gb-month", "S3 Intelligent-Tiering Infrequent Access", "AmazonS3", "TimedStorage-INT-IA-ByteHrs"),
    INTELLIGENT_TIERING_ARCHIVE_INSTANT("s3.intelligent-tiering.archive-instant.gb-month", "S3 Intelligent-Tiering Archive Instant Access", "AmazonS3",
            "TimedStorage-INT-AIA-ByteHrs"),
    INTELLIGENT_TIERING_ARCHIVE("s3.intelligent-tiering.archive.gb-month", "S3 Intelligent-Tiering Archive Access", "AmazonS3", "TimedStorage-INT-AA-ByteHrs"),
    INTELLIGENT_TIERING_DEEP_ARCHIVE("s3.intelligent-tiering.deep-archive.gb-month", "S3 Intelligent-Tiering Deep Archive Access", "AmazonS3",
            "TimedStorage-INT-DAA-ByteHrs"),
    STANDARD_IA("s3.standard-ia.gb-month", "S3 Standard-IA", "AmazonS3", "TimedStorage-SIA-ByteHrs"),
    ONE_ZONE_IA("s3.one-zone-ia.gb-month", "S3 One Zone-IA", "AmazonS3", "TimedStorage-ZIA-ByteHrs"),
    REDUCED_REDUNDANCY("s3.reduced-redundancy.gb-month", "S3 Reduced Redundancy", "AmazonS3", "TimedStorage-RRS-ByteHrs"),
    GLACIER_INSTANT_RETRIEVAL("s3.glacier-instant-retrieval.gb-month", "S3 Glacier Instant Retrieval", "AmazonS3", "TimedStorage-GIR-ByteHrs"),
    GLACIER_FLEXIBLE_RETRIEVAL("s3.glacier-flexible-retrieval.gb-month", "S3 Glacier Flexible Retrieval", "AmazonS3", "TimedStorage-GlacierByteHrs"),
    GLACIER_STAGING("s3.glacier-staging.gb-month", "S3 Glacier Flexible Retrieval staging", "AmazonS3", "TimedStorage-GlacierStaging"),
    // Deep Archive storage has a price list of its own.
    DEEP_ARCHIVE("s3.deep-archive.gb-month", "S3 Glacier Deep Archive", "AmazonS3GlacierDeepArchive", "TimedStorage-GDA-ByteHrs");

    /**
     * CloudWatch storage types to the class whose rate bills them. The IA size overheads (small objects billed
     * as 128 KB) cost the class's rate; of an archived object, 32 KB of index cost the archive's rate and 8 KB of
     * name and metadata the Standard rate.
     */
    private static final Map<String, S3StorageClass> BY_STORAGE_TYPE = Map.ofEntries(
            entry("StandardStorage", STANDARD),
            entry("IntelligentTieringFAStorage", INTELLIGENT_TIERING_FREQUENT),
            entry("IntelligentTieringIAStorage", INTELLIGENT_TIERING_INFREQUENT),
            entry("IntelligentTieringAIAStorage", INTELLIGENT_TIERING_ARCHIVE_INSTANT),
            entry("IntelligentTieringAAStorage", INTELLIGENT_TIERING_ARCHIVE),
            entry("IntelligentTieringDAAStorage", INTELLIGENT_TIERING_DEEP_ARCHIVE),
            entry("StandardIAStorage", STANDARD_IA),
            entry("StandardIASizeOverhead", STANDARD_IA),
            entry("OneZoneIAStorage", ONE_ZONE_IA),
            entry("OneZoneIASizeOverhead", ONE_ZONE_IA),
            entry("ReducedRedundancyStorage", REDUCED_REDUNDANCY),
            entry("GlacierInstantRetrievalStorage", GLACIER_INSTANT_RETRIEVAL),
            entry("GlacierInstantRetrievalSizeOverhead", GLACIER_INSTANT_RETRIEVAL),
            entry("GlacierStorage", GLACIER_FLEXIBLE_RETRIEVAL),
            entry("GlacierObjectOverhead", GLACIER_FLEXIBLE_RETRIEVAL),
            entry("GlacierStagingStorage", GLACIER_STAGING),
            entry("GlacierS3ObjectOverhead", STANDARD),
            entry("DeepArchiveStorage", DEEP_ARCHIVE),
            entry("DeepArchiveObjectOverhead", DEEP_ARCHIVE),
            entry("DeepArchiveS3ObjectOverhead", STANDARD));

    private final String dimension;
    private final String displayName;
    private final String serviceCode;
    private final String usageType;

    S3StorageClass(String dimension, String displayName, String serviceCode, String usageType)
    {
        this.dimension = dimension;
        this.displayName = displayName;
        this.serviceCode = serviceCode;
        this.usageType = usageType;
    }

    /** The class that bills a CloudWatch {@code StorageType}; empty for a type CloudMigrate has no price for. */
    static Optional<S3StorageClass> ofStorageType(String storageType)
    {
        return Optional.ofNullable(BY_STORAGE_TYPE.get(storageType));
    }

    String dimension()
    {
        return dimension;
    }

    String displayName()
    {
        return displayName;
    }

    String serviceCode()
    {
        return serviceCode;
    }

    String usageType()
    {
        return usageType;
    }
}

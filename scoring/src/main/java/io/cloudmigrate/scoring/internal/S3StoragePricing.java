package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prices a bucket's storage by class, from the bytes CloudWatch measured per storage type. Bytes whose type is
 * unknown, or of a type no class prices, are unpriced rather than priced as S3 Standard: Glacier costs a
 * sixth of Standard, so a guess could be off by that much either way.
 */
final class S3StoragePricing
{
    private S3StoragePricing() {}

    /** The classes a bucket's measured storage types are billed in, in a fixed order. */
    static Set<S3StorageClass> classes(ResourceDetails.S3Bucket bucket)
    {
        Set<S3StorageClass> classes = EnumSet.noneOf(S3StorageClass.class);
        bucket.storageTypes().forEach(size -> S3StorageClass.ofStorageType(size.storageType()).ifPresent(classes::add));
        return classes;
    }

    static double monthly(ResourceDetails.S3Bucket bucket, PriceLookup prices)
    {
        prices.note("S3 storage by class; requests, retrievals and Intelligent-Tiering monitoring not counted");
        if (bucket.sizeBytes() < 0) {
            prices.unpriced("S3 storage", "the bucket's size is unknown (no BucketSizeBytes metric)");
            return 0;
        }
        Map<S3StorageClass, Long> bytesByClass = new EnumMap<>(S3StorageClass.class);
        for (ResourceDetails.StorageTypeSize size : bucket.storageTypes()) {
            S3StorageClass.ofStorageType(size.storageType()).ifPresentOrElse(
                    storageClass -> bytesByClass.merge(storageClass, size.sizeBytes(), Long::sum),
                    () -> prices.unpriced("S3 storage of type " + size.storageType() + " (" + gigabytes(size.sizeBytes()) + ")",
                            "CloudMigrate knows no price for this storage type"));
        }
        long unknownType = bucket.sizeBytesOfUnknownType();
        if (unknownType > 0) {
            prices.unpriced("S3 storage of unknown class (" + gigabytes(unknownType) + ")",
                    "the BucketSizeBytes metric did not name its StorageType, and the price depends on the class");
        }
        double monthly = 0;
        for (Map.Entry<S3StorageClass, Long> entry : bytesByClass.entrySet()) {
            S3StorageClass storageClass = entry.getKey();
            monthly += entry.getValue() / ResourceFacts.BYTES_PER_GB * prices.required(storageClass.dimension(), storageClass.displayName() + " storage");
        }
        return monthly;
    }

    private static String gigabytes(long bytes)
    {
        return String.format(Locale.ROOT, "%.1f GB", bytes / ResourceFacts.BYTES_PER_GB);
    }
}

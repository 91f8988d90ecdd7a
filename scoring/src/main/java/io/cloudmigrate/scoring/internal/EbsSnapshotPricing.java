package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.StorageDetails.EbsSnapshot;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.cloudmigrate.scoring.internal.PriceListQuestions.query;

/**
 * The storage of a volume's EBS snapshots, priced only where the billed size is known. An archive-tier snapshot is a full
 * snapshot, billed for {@code FullSnapshotSizeInBytes} at the archive rate ({@code ebs.snapshot.archive.gb-month}, usage type
 * {@code EBS:SnapshotArchiveStorage}). A standard-tier snapshot is billed for the blocks no other snapshot of its lineage holds,
 * which {@code DescribeSnapshots} does not report: its {@code VolumeSize} is the source volume's and its full size counts blocks
 * the earlier snapshots already hold, so either would overstate the bill, by as many times as there are snapshots. It is
 * unpriced, with that reason, and stays out of every total rather than standing in as an upper bound there.
 */
final class EbsSnapshotPricing
{
    static final String ARCHIVE_DIMENSION = "ebs.snapshot.archive.gb-month";
    private static final String ARCHIVE_USAGE_TYPE = "EBS:SnapshotArchiveStorage";
    // A snapshot whose creation failed holds no data.
    private static final String FAILED = "error";

    private EbsSnapshotPricing() {}

    /** The question for the archive rate, when any of the volumes has an archived snapshot. */
    static List<PriceListQuestions.Question> questions(String region, List<ResourceDetails.EbsVolume> volumes)
    {
        boolean archived = volumes.stream().flatMap(volume -> volume.snapshots().stream()).anyMatch(EbsSnapshotPricing::archived);
        if (!archived) {
            return List.of();
        }
        PriceListQuery snapshots = query("AmazonEC2", region, Map.of("productFamily", "Storage Snapshot"));
        return List.of(new PriceListQuestions.Question(snapshots, region, ARCHIVE_DIMENSION, "", ARCHIVE_USAGE_TYPE));
    }

    /** A month of the volumes' snapshots that can be priced; the rest is recorded as unpriced, one item per volume and reason. */
    static double monthly(List<ResourceDetails.EbsVolume> volumes, PriceLookup prices)
    {
        long archivedBytes = 0;
        int archivedCount = 0;
        for (ResourceDetails.EbsVolume volume : volumes) {
            List<EbsSnapshot> kept = volume.snapshots().stream().filter(snapshot -> !FAILED.equals(snapshot.state())).toList();
            for (EbsSnapshot snapshot : kept.stream().filter(EbsSnapshotPricing::archived).toList()) {
                if (snapshot.fullSnapshotSizeBytes() == null) {
                    prices.unpriced("EBS archive-tier snapshot " + snapshot.snapshotId(),
                            "ec2 DescribeSnapshots reported no FullSnapshotSizeInBytes, the size an archived snapshot is billed for");
                    continue;
                }
                archivedBytes += snapshot.fullSnapshotSizeBytes();
                archivedCount++;
            }
            List<EbsSnapshot> standard = kept.stream().filter(snapshot -> EbsSnapshot.STANDARD_TIER.equals(snapshot.storageTier())).toList();
            if (!standard.isEmpty()) {
                prices.unpriced("EBS standard-tier snapshots of " + volume.volumeId() + " (" + standard.size() + ")",
                        "EBS bills a standard-tier snapshot for the blocks no other snapshot of the volume holds, which ec2 DescribeSnapshots does not report"
                                + sourceSize(standard));
            }
            List<EbsSnapshot> untiered = kept.stream().filter(snapshot -> snapshot.storageTier() == null).toList();
            if (!untiered.isEmpty()) {
                prices.unpriced("EBS snapshots of " + volume.volumeId() + " in an unknown tier (" + untiered.size() + ")",
                        "ec2 DescribeSnapshots reported no StorageTier, and the tier sets what is billed");
            }
        }
        if (archivedCount == 0) {
            return 0;
        }
        double gigabytes = archivedBytes / ResourceFacts.BYTES_PER_GB;
        String item = String.format(Locale.ROOT, "EBS archive-tier snapshots (%d, %.1f GB)", archivedCount, gigabytes);
        return gigabytes * prices.required(ARCHIVE_DIMENSION, item);
    }

    private static boolean archived(EbsSnapshot snapshot)
    {
        return EbsSnapshot.ARCHIVE_TIER.equals(snapshot.storageTier()) && !FAILED.equals(snapshot.state());
    }

    /** Names the size DescribeSnapshots does report, so that a reader does not take it for the billed one. */
    private static String sourceSize(List<EbsSnapshot> snapshots)
    {
        return snapshots.getFirst().volumeSizeGb() == null ? ""
                : "; its VolumeSize, " + snapshots.getFirst().volumeSizeGb() + " GB, is the size of the source volume, not of the snapshot";
    }
}

package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.cloudmigrate.scoring.internal.PriceListQuestions.query;

/**
 * EBS volumes: storage per GB-month by volume type, the IOPS provisioned above what the type includes
 * (gp3 includes 3,000; io1 and io2 charge every one, io2 in three tiers) and gp3 throughput above the
 * included 125 MiB/s. Dimensions are {@code ebs.<type>.gb-month}, {@code ebs.<type>.iops-month[.tier2|.tier3]}
 * and {@code ebs.gp3.throughput.gibps-month}, the unit the price list uses for throughput (a GiB/s is
 * 1,024 MiB/s). A volume whose type, size, IOPS or throughput the inventory does not know is unpriced
 * for that part; no other type's price stands in. Its snapshots are priced by {@link EbsSnapshotPricing}.
 */
final class EbsPricing
{
    static final int GP3_INCLUDED_IOPS = 3000;
    static final int GP3_INCLUDED_THROUGHPUT_MIBPS = 125;
    /** io2 IOPS are priced in tiers: up to 32,000, from 32,001 to 64,000, and above. */
    static final int IO2_TIER_2_FROM = 32_000;
    static final int IO2_TIER_3_FROM = 64_000;
    private static final double MIBPS_PER_GIBPS = 1024;

    /** The price list's usage type of each volume type's storage, without the region prefix. */
    private static final Map<String, String> STORAGE_USAGE_TYPES = Map.of(
            "gp2", "EBS:VolumeUsage.gp2", "gp3", "EBS:VolumeUsage.gp3", "io1", "EBS:VolumeUsage.piops", "io2", "EBS:VolumeUsage.io2",
            "st1", "EBS:VolumeUsage.st1", "sc1", "EBS:VolumeUsage.sc1", "standard", "EBS:VolumeUsage");

    private EbsPricing() {}

    /**
     * The {@code GetProducts} questions for the types of some volumes (an instance's, or one attached to nothing): one query
     * per type, its products told apart by usage type.
     */
    static List<PriceListQuestions.Question> questions(String region, List<ResourceDetails.EbsVolume> volumes)
    {
        List<PriceListQuestions.Question> questions = new ArrayList<>();
        volumes.stream()
                .map(ResourceDetails.EbsVolume::volumeType)
                .filter(type -> type != null && STORAGE_USAGE_TYPES.containsKey(type.toLowerCase(Locale.ROOT)))
                .map(type -> type.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .forEach(type -> {
                    PriceListQuery products = query("AmazonEC2", region, Map.of("volumeApiName", type));
                    questions.add(question(products, region, "ebs." + type + ".gb-month", STORAGE_USAGE_TYPES.get(type)));
                    switch (type) {
                        case "gp3" -> {
                            questions.add(question(products, region, "ebs.gp3.iops-month", "EBS:VolumeP-IOPS.gp3"));
                            questions.add(question(products, region, "ebs.gp3.throughput.gibps-month", "EBS:VolumeP-Throughput.gp3"));
                        }
                        case "io1" -> questions.add(question(products, region, "ebs.io1.iops-month", "EBS:VolumeP-IOPS.piops"));
                        case "io2" -> {
                            questions.add(question(products, region, "ebs.io2.iops-month", "EBS:VolumeP-IOPS.io2"));
                            questions.add(question(products, region, "ebs.io2.iops-month.tier2", "EBS:VolumeP-IOPS.io2.tier2"));
                            questions.add(question(products, region, "ebs.io2.iops-month.tier3", "EBS:VolumeP-IOPS.io2.tier3"));
                        }
                        default -> {
                            // gp2, st1, sc1 and magnetic volumes are priced by size alone
                        }
                    }
                });
        questions.addAll(EbsSnapshotPricing.questions(region, volumes));
        return List.copyOf(questions);
    }

    /** A month of an instance's EBS volumes; what cannot be priced is recorded as unpriced and left out. */
    static double monthly(ResourceDetails.Ec2Instance instance, PriceLookup prices)
    {
        // Volumes known by id alone, with a size from elsewhere (an inventory written before volumes were described): one item for the size.
        boolean noneDescribed = instance.ebsVolumes().stream().noneMatch(ResourceDetails.EbsVolume::described);
        if (instance.ebsVolumes().isEmpty() || noneDescribed && instance.storageGb() > 0) {
            if (!instance.ebsVolumeIds().isEmpty() || instance.storageGb() > 0) {
                String item = instance.storageGb() > 0 ? "EBS storage (" + instance.storageGb() + " GB)" : "EBS volumes (" + instance.ebsVolumeIds().size() + ")";
                prices.unpriced(item, "the inventory does not say the volume types, which set the price; scan or import it again with ec2 DescribeVolumes");
            }
            return 0;
        }
        return monthly(instance.ebsVolumes(), prices);
    }

    /** A month of some described volumes and their snapshots; what cannot be priced is recorded as unpriced and left out. */
    static double monthly(List<ResourceDetails.EbsVolume> volumes, PriceLookup prices)
    {
        // Volumes of a type are summed first, so that an instance's unpriced items read "EBS gp3 storage (230 GB)", not one per volume.
        Map<String, long[]> byType = new TreeMap<>();
        double monthly = 0;
        for (ResourceDetails.EbsVolume volume : volumes) {
            Optional<String> type = Optional.ofNullable(volume.volumeType()).map(value -> value.toLowerCase(Locale.ROOT));
            if (type.isEmpty() || volume.sizeGb() == null) {
                prices.unpriced("EBS volume " + volume.volumeId(), "ec2 DescribeVolumes did not describe it, so its type and size are unknown");
                continue;
            }
            if (!STORAGE_USAGE_TYPES.containsKey(type.get())) {
                prices.unpriced("EBS volume " + volume.volumeId() + " (" + type.get() + ")", "no price list dimension is known for volume type " + type.get());
                continue;
            }
            long[] totals = byType.computeIfAbsent(type.get(), key -> new long[3]);
            totals[0] += volume.sizeGb();
            monthly += performance(volume, type.get(), totals, prices);
        }
        for (Map.Entry<String, long[]> entry : byType.entrySet()) {
            String type = entry.getKey();
            long gigabytes = entry.getValue()[0];
            monthly += gigabytes * prices.required("ebs." + type + ".gb-month", "EBS " + type + " storage (" + gigabytes + " GB)");
            monthly += charged(entry.getValue()[1], "ebs." + type + ".iops-month", "EBS " + type + " provisioned IOPS (" + entry.getValue()[1] + ")", prices);
            if (entry.getValue()[2] > 0) {
                long mibps = entry.getValue()[2];
                monthly += mibps / MIBPS_PER_GIBPS * prices.required("ebs.gp3.throughput.gibps-month", "EBS gp3 provisioned throughput (" + mibps + " MiB/s)");
            }
            if (type.equals("standard")) {
                prices.unpriced("EBS magnetic I/O requests", "the inventory has no I/O request counts for magnetic volumes");
            }
        }
        return monthly + EbsSnapshotPricing.monthly(volumes, prices);
    }

    /** Adds a volume's charged IOPS and throughput to its type's totals; prices io2's upper tiers at once. */
    private static double performance(ResourceDetails.EbsVolume volume, String type, long[] totals, PriceLookup prices)
    {
        switch (type) {
            case "gp3" -> {
                if (volume.iops() == null || volume.throughputMibps() == null) {
                    prices.unpriced("EBS gp3 IOPS and throughput of " + volume.volumeId(), "ec2 DescribeVolumes reported no Iops or Throughput for it");
                    return 0;
                }
                totals[1] += Math.max(0, volume.iops() - GP3_INCLUDED_IOPS);
                totals[2] += Math.max(0, volume.throughputMibps() - GP3_INCLUDED_THROUGHPUT_MIBPS);
                return 0;
            }
            case "io1", "io2" -> {
                if (volume.iops() == null) {
                    prices.unpriced("EBS " + type + " IOPS of " + volume.volumeId(), "ec2 DescribeVolumes reported no Iops for it");
                    return 0;
                }
                if (type.equals("io1")) {
                    totals[1] += volume.iops();
                    return 0;
                }
                totals[1] += Math.min(volume.iops(), IO2_TIER_2_FROM);
                long tier2 = Math.max(0, Math.min(volume.iops(), IO2_TIER_3_FROM) - IO2_TIER_2_FROM);
                long tier3 = Math.max(0, volume.iops() - IO2_TIER_3_FROM);
                return charged(tier2, "ebs.io2.iops-month.tier2", "EBS io2 IOPS 32,001 to 64,000 of " + volume.volumeId() + " (" + tier2 + ")", prices)
                        + charged(tier3, "ebs.io2.iops-month.tier3", "EBS io2 IOPS above 64,000 of " + volume.volumeId() + " (" + tier3 + ")", prices);
            }
            default -> {
                return 0;
            }
        }
    }

    private static double charged(long quantity, String dimension, String item, PriceLookup prices)
    {
        return quantity <= 0 ? 0 : quantity * prices.required(dimension, item);
    }

    private static PriceListQuestions.Question question(PriceListQuery query, String region, String dimension, String usageType)
    {
        return new PriceListQuestions.Question(query, region, dimension, "", usageType);
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The account's own EBS snapshots of one region ({@code ec2-describe-snapshots}, {@code describe-snapshots --owner-ids self}),
 * handed to the volumes they were taken of; a snapshot whose {@code OwnerId} is another account's is left out. A snapshot is no
 * resource of its own: it is paid for with the volume whose data it keeps. A snapshot of a volume the estate does not hold
 * (deleted since, or a copy, which AWS reports as of {@code vol-ffffffff}) belongs to no resource; one warning for the region
 * names how many there are, since they are billed but priced nowhere.
 */
final class EbsSnapshots
{
    static final String OPERATION = "ec2-describe-snapshots";
    private static final Set<String> TIERS = Set.of(ResourceDetails.EbsSnapshot.STANDARD_TIER, ResourceDetails.EbsSnapshot.ARCHIVE_TIER);

    private final Map<String, List<ResourceDetails.EbsSnapshot>> byVolume;
    private final Set<String> handedOut = new TreeSet<>();

    private EbsSnapshots(Map<String, List<ResourceDetails.EbsSnapshot>> byVolume)
    {
        this.byVolume = requireNonNull(byVolume, "byVolume is null");
    }

    /**
     * Reads the region's snapshots. An entry without a snapshot id is left out, and a size or tier AWS would never write is read
     * as unknown; each gets a warning naming the file, the snapshot and the field.
     */
    static EbsSnapshots read(RegionContext context)
    {
        Map<String, List<ResourceDetails.EbsSnapshot>> byVolume = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        String path = context.files().documentPath(OPERATION);
        List<JsonNode> snapshots = context.items(OPERATION, "Snapshots");
        for (int index = 0; index < snapshots.size(); index++) {
            JsonNode snapshot = snapshots.get(index);
            String snapshotId = Json.text(snapshot, "SnapshotId");
            if (snapshotId == null) {
                context.warn("ec2", Warnings.MISSING_IDENTIFIER, path, path + ": Snapshots[" + index + "] has no SnapshotId; it was left out");
                continue;
            }
            if (!seen.add(snapshotId) || ownedByAnother(context, snapshot)) {
                continue;
            }
            String volumeId = Json.text(snapshot, "VolumeId");
            byVolume.computeIfAbsent(volumeId == null ? "" : volumeId, key -> new ArrayList<>()).add(new ResourceDetails.EbsSnapshot(
                    snapshotId,
                    volumeId,
                    count(context, path, snapshotId, snapshot, "VolumeSize"),
                    bytes(context, path, snapshotId, snapshot),
                    tier(context, path, snapshotId, snapshot),
                    Json.text(snapshot, "State"),
                    Json.text(snapshot, "StartTime")));
        }
        return new EbsSnapshots(byVolume);
    }

    /**
     * Whether another account owns it: output saved without {@code --owner-ids self} lists every public snapshot of the region
     * as well, and those are not this account's to pay for.
     */
    private static boolean ownedByAnother(RegionContext context, JsonNode snapshot)
    {
        String ownerId = Json.text(snapshot, "OwnerId");
        return ownerId != null && !context.accountId().equals(AccountResolver.UNKNOWN_ACCOUNT) && !ownerId.equals(context.accountId());
    }

    /** The snapshots taken of one volume; remembers that the volume has them. */
    List<ResourceDetails.EbsSnapshot> of(String volumeId)
    {
        List<ResourceDetails.EbsSnapshot> snapshots = byVolume.getOrDefault(volumeId, List.of());
        if (!snapshots.isEmpty()) {
            handedOut.add(volumeId);
        }
        return snapshots;
    }

    /** Warns once for the region when snapshots were taken of volumes no resource holds: they are billed, and no estimate prices them. */
    void warnWhenOrphaned(RegionContext context)
    {
        List<ResourceDetails.EbsSnapshot> orphans = byVolume.entrySet().stream()
                .filter(entry -> !handedOut.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream())
                .sorted(Comparator.comparing(ResourceDetails.EbsSnapshot::snapshotId))
                .toList();
        if (orphans.isEmpty()) {
            return;
        }
        String path = context.files().documentPath(OPERATION);
        ResourceDetails.EbsSnapshot first = orphans.getFirst();
        String volume = first.volumeId() == null ? "no VolumeId" : first.volumeId();
        String message = orphans.size() == 1
                ? "snapshot " + first.snapshotId() + " is of a volume not in the estate (" + volume + ": deleted since, another account's, or a copy): "
                        + "it is billed, but belongs to no resource, so no cost estimate includes it"
                : orphans.size() + " snapshots (first " + first.snapshotId() + ", of " + volume + ") are of volumes not in the estate (deleted since, "
                        + "another account's, or copies): they are billed, but belong to no resource, so no cost estimate includes them";
        context.warn("ec2", Warnings.DANGLING_REFERENCE, path, path + ": " + message);
    }

    private static Integer count(RegionContext context, String path, String snapshotId, JsonNode snapshot, String field)
    {
        JsonNode value = snapshot.get(field);
        Integer count = Json.optionalInteger(snapshot, field);
        if (value != null && !value.isNull() && (count == null || count < 0)) {
            invalid(context, path, snapshotId, field, value, "a whole number of at least 0");
            return null;
        }
        return count;
    }

    private static Long bytes(RegionContext context, String path, String snapshotId, JsonNode snapshot)
    {
        JsonNode value = snapshot.get("FullSnapshotSizeInBytes");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            invalid(context, path, snapshotId, "FullSnapshotSizeInBytes", value, "a whole number of bytes of at least 0");
            return null;
        }
        return value.asLong();
    }

    private static String tier(RegionContext context, String path, String snapshotId, JsonNode snapshot)
    {
        JsonNode value = snapshot.get("StorageTier");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !TIERS.contains(value.asText())) {
            invalid(context, path, snapshotId, "StorageTier", value, "standard or archive");
            return null;
        }
        return value.asText();
    }

    private static void invalid(RegionContext context, String path, String snapshotId, String field, JsonNode value, String expected)
    {
        context.warn("ec2", Warnings.INVALID_VALUE, path, path + ": snapshot " + snapshotId + " has " + field + " " + value
                + ", not " + expected + "; it is read as unknown, and so is the price that depends on it");
    }
}

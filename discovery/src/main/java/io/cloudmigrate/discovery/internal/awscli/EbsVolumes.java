package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The EBS volumes of one region ({@code ec2-describe-volumes}), handed to the instances they are
 * attached to. An instance's volumes are those its block device mapping names, then any other whose
 * {@code Attachments} name the instance (a mapping read before a volume was attached misses it).
 * Volumes attached to nothing ({@code State} {@code available}) are resources of their own, read by
 * {@link UnattachedVolumeReader}; a volume is never both.
 */
final class EbsVolumes
{
    static final String OPERATION = "ec2-describe-volumes";

    private final Map<String, JsonNode> described;
    private final Map<String, List<String>> volumeIdsByInstance;
    private final List<JsonNode> unattached;
    private final List<String> instancesWithUndescribedVolumes = new ArrayList<>();
    private final EbsSnapshots snapshots;

    private EbsVolumes(Map<String, JsonNode> described, Map<String, List<String>> volumeIdsByInstance, List<JsonNode> unattached, EbsSnapshots snapshots)
    {
        this.described = requireNonNull(described, "described is null");
        this.volumeIdsByInstance = requireNonNull(volumeIdsByInstance, "volumeIdsByInstance is null");
        this.unattached = List.copyOf(requireNonNull(unattached, "unattached is null"));
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
    }

    /**
     * Reads the region's volumes and their snapshots; an entry without a volume id gets a warning naming the file and its position,
     * and is left out.
     */
    static EbsVolumes read(RegionContext context)
    {
        Map<String, JsonNode> described = new TreeMap<>();
        Map<String, List<String>> volumeIdsByInstance = new TreeMap<>();
        List<JsonNode> unattached = new ArrayList<>();
        List<JsonNode> volumes = context.items(OPERATION, "Volumes");
        for (int index = 0; index < volumes.size(); index++) {
            JsonNode volume = volumes.get(index);
            String volumeId = Json.text(volume, "VolumeId");
            if (volumeId == null) {
                String path = context.files().documentPath(OPERATION);
                context.warn("ec2", Warnings.MISSING_IDENTIFIER, path, path + ": Volumes[" + index + "] has no VolumeId; it was left out");
                continue;
            }
            if (described.putIfAbsent(volumeId, volume) != null) {
                continue;
            }
            List<String> instanceIds = Json.texts(volume, "Attachments", "InstanceId");
            for (String instanceId : instanceIds) {
                volumeIdsByInstance.computeIfAbsent(instanceId, key -> new ArrayList<>()).add(volumeId);
            }
            if (instanceIds.isEmpty() && "available".equals(Json.text(volume, "State"))) {
                unattached.add(volume);
            }
        }
        return new EbsVolumes(described, volumeIdsByInstance, unattached, EbsSnapshots.read(context));
    }

    /** The volumes attached to no instance, in the order the file lists them. */
    List<JsonNode> unattached()
    {
        return unattached;
    }

    /** The region's snapshots, by the volume they were taken of. */
    EbsSnapshots snapshots()
    {
        return snapshots;
    }

    /** The volumes of one instance, given its {@code BlockDeviceMappings}. */
    List<ResourceDetails.EbsVolume> attachedTo(String instanceId, List<JsonNode> blockDeviceMappings)
    {
        Map<String, ResourceDetails.EbsVolume> volumes = new LinkedHashMap<>();
        for (JsonNode mapping : blockDeviceMappings) {
            String volumeId = Json.textAt(mapping, "Ebs", "VolumeId");
            if (volumeId != null && !volumes.containsKey(volumeId)) {
                volumes.put(volumeId, volume(instanceId, volumeId, Json.text(mapping, "DeviceName"), Json.optionalBool(mapping.get("Ebs"), "DeleteOnTermination")));
            }
        }
        for (String volumeId : volumeIdsByInstance.getOrDefault(instanceId, List.of())) {
            volumes.computeIfAbsent(volumeId, key -> volume(instanceId, volumeId, null, null));
        }
        return List.copyOf(volumes.values());
    }

    private ResourceDetails.EbsVolume volume(String instanceId, String volumeId, String mappedDevice, Boolean mappedDeleteOnTermination)
    {
        JsonNode volume = described.get(volumeId);
        if (volume == null) {
            if (!instancesWithUndescribedVolumes.contains(instanceId)) {
                instancesWithUndescribedVolumes.add(instanceId);
            }
            return new ResourceDetails.EbsVolume(volumeId, mappedDevice, null, null, null, null, null, mappedDeleteOnTermination, List.of(instanceId),
                    snapshots.of(volumeId));
        }
        JsonNode attachment = Json.array(volume, "Attachments").stream()
                .filter(candidate -> instanceId.equals(Json.text(candidate, "InstanceId")))
                .findFirst()
                .orElse(null);
        TreeSet<String> instanceIds = new TreeSet<>(Json.texts(volume, "Attachments", "InstanceId"));
        instanceIds.add(instanceId);
        return new ResourceDetails.EbsVolume(
                volumeId,
                mappedDevice != null ? mappedDevice : Json.text(attachment, "Device"),
                Json.text(volume, "VolumeType"),
                Json.optionalInteger(volume, "Size"),
                Json.optionalInteger(volume, "Iops"),
                Json.optionalInteger(volume, "Throughput"),
                Json.optionalBool(volume, "Encrypted"),
                mappedDeleteOnTermination != null ? mappedDeleteOnTermination : Json.optionalBool(attachment, "DeleteOnTermination"),
                List.copyOf(instanceIds),
                snapshots.of(volumeId));
    }

    /**
     * Warns once for the region when instances name volumes that {@code ec2-describe-volumes} did
     * not describe: their size, type, IOPS and throughput stay unknown, and so does their price.
     * A malformed file has its own warning; outputs of a live scan have the scan's.
     */
    void warnWhenUndescribed(RegionContext context)
    {
        if (instancesWithUndescribedVolumes.isEmpty() || !context.files().fromFiles() || context.files().malformed(OPERATION)) {
            return;
        }
        String path = context.files().expectedPath(OPERATION);
        int count = instancesWithUndescribedVolumes.size();
        String instances = count == 1 ? "instance " + instancesWithUndescribedVolumes.getFirst()
                : count + " instances (first " + instancesWithUndescribedVolumes.getFirst() + ")";
        boolean present = context.files().document(OPERATION).isPresent();
        String reason = present ? path + " does not describe every EBS volume attached to " : path + " is missing, so nothing is known of the EBS volumes attached to ";
        context.warn("ec2", present ? Warnings.DANGLING_REFERENCE : Warnings.MISSING_FILE, path, reason + instances
                + ": their size, type, IOPS and throughput are unknown, and so is their price. Save `aws ec2 describe-volumes` output there");
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.List;
import java.util.Map;

/**
 * EBS volumes attached to no instance, as resources of their own: they are paid for every month,
 * and only an estate that lists them can retire them. A number AWS would never write there (a size
 * that is text, a negative IOPS) gets a warning naming the file, the volume and the field, and stays
 * unknown, so the volume is still listed but that part of its price is not guessed.
 */
final class UnattachedVolumeReader
{
    private static final List<String> COUNTS = List.of("Size", "Iops", "Throughput");

    private UnattachedVolumeReader() {}

    static void read(RegionContext context, List<JsonNode> volumes, EbsSnapshots snapshots)
    {
        String path = context.files().documentPath(EbsVolumes.OPERATION);
        for (JsonNode volume : volumes) {
            String volumeId = Json.text(volume, "VolumeId");
            COUNTS.forEach(field -> checkCount(context, path, volumeId, volume, field));
            JsonNode encrypted = volume.get("Encrypted");
            if (encrypted != null && !encrypted.isNull() && !encrypted.isBoolean()) {
                invalid(context, path, volumeId, "Encrypted", encrypted, "true or false");
            }
            JsonNode volumeType = volume.get("VolumeType");
            if (volumeType != null && !volumeType.isNull() && !volumeType.isTextual()) {
                invalid(context, path, volumeId, "VolumeType", volumeType, "a volume type such as gp3");
            }
            ResourceDetails details = new ResourceDetails.UnattachedVolume(
                    volumeId,
                    volumeType != null && volumeType.isTextual() ? Json.text(volume, "VolumeType") : null,
                    count(volume, "Size"),
                    count(volume, "Iops"),
                    count(volume, "Throughput"),
                    Json.optionalBool(volume, "Encrypted"),
                    Json.text(volume, "AvailabilityZone"),
                    Json.text(volume, "State"),
                    Json.text(volume, "SnapshotId"),
                    Json.text(volume, "CreateTime"),
                    snapshots.of(volumeId));
            Map<String, String> tags = Json.tags(volume);
            context.estate().add(context, new Resource(context.scope().ec2("volume", volumeId), ResourceType.EBS_VOLUME, context.accountId(),
                    context.region(), Json.name(tags, volumeId), tags, NetworkPlacement.NONE, details), path);
        }
    }

    private static void checkCount(RegionContext context, String path, String volumeId, JsonNode volume, String field)
    {
        JsonNode value = volume.get(field);
        if (value != null && !value.isNull() && count(volume, field) == null) {
            invalid(context, path, volumeId, field, value, "a whole number of at least 0");
        }
    }

    private static Integer count(JsonNode volume, String field)
    {
        Integer value = Json.optionalInteger(volume, field);
        return value == null || value < 0 ? null : value;
    }

    private static void invalid(RegionContext context, String path, String volumeId, String field, JsonNode value, String expected)
    {
        context.warn("ec2", Warnings.INVALID_VALUE, path, path + ": volume " + volumeId + " has " + field + " " + value
                + ", not " + expected + "; it is read as unknown, and so is the price that depends on it");
    }
}

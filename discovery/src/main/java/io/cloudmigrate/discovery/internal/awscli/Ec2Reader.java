package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * EC2 instances of one region, with their EBS volumes from {@code ec2-describe-volumes} (and those volumes' snapshots) and operating system
 * and installed software from SSM. Terminated instances are left out: they linger in describe output
 * for an hour and are no part of the estate to move.
 */
final class Ec2Reader
{
    private static final String OPERATION = "ec2-describe-instances";

    private Ec2Reader() {}

    static void read(RegionContext context)
    {
        EbsVolumes volumes = EbsVolumes.read(context);
        Map<String, JsonNode> ssmInformation = new TreeMap<>();
        for (JsonNode information : context.items("ssm-describe-instance-information", "InstanceInformationList")) {
            String instanceId = Json.text(information, "InstanceId");
            if (instanceId != null) {
                ssmInformation.put(instanceId, information);
            }
        }
        for (JsonNode reservation : context.items(OPERATION, "Reservations")) {
            for (JsonNode instance : Json.array(reservation, "Instances")) {
                String instanceId = Json.text(instance, "InstanceId");
                if (instanceId != null && !"terminated".equals(Json.textAt(instance, "State", "Name"))) {
                    context.estate().add(context, instance(context, instance, instanceId, volumes, ssmInformation.get(instanceId)),
                            context.files().documentPath(OPERATION));
                }
            }
        }
        volumes.warnWhenUndescribed(context);
        UnattachedVolumeReader.read(context, volumes.unattached(), volumes.snapshots());
        volumes.snapshots().warnWhenOrphaned(context);
    }

    private static Resource instance(RegionContext context, JsonNode instance, String instanceId, EbsVolumes volumes, JsonNode ssm)
    {
        List<ResourceDetails.EbsVolume> attached = volumes.attachedTo(instanceId, Json.array(instance, "BlockDeviceMappings"));
        List<String> volumeIds = attached.stream().map(ResourceDetails.EbsVolume::volumeId).toList();
        int storageGb = attached.stream().map(ResourceDetails.EbsVolume::sizeGb).filter(size -> size != null).mapToInt(Integer::intValue).sum();
        ResourceDetails details = new ResourceDetails.Ec2Instance(
                instanceId,
                Json.text(instance, "InstanceType"),
                Json.textAt(instance, "State", "Name"),
                platform(instance),
                Json.text(ssm, "PlatformName"),
                Json.text(ssm, "PlatformVersion"),
                Json.text(instance, "Architecture"),
                Json.text(instance, "ImageId"),
                Json.text(instance, "LaunchTime"),
                software(context, instanceId),
                volumeIds,
                storageGb,
                Json.textAt(instance, "MetadataOptions", "HttpTokens"),
                attached);
        Map<String, String> tags = Json.tags(instance);
        return new Resource(context.scope().ec2("instance", instanceId), ResourceType.EC2_INSTANCE, context.accountId(), context.region(),
                Json.name(tags, instanceId), tags, placement(instance), details);
    }

    /** EC2 names the platform in {@code PlatformDetails}; older output only says {@code Platform: windows} for Windows. */
    private static String platform(JsonNode instance)
    {
        String details = Json.text(instance, "PlatformDetails");
        if (details != null) {
            return details;
        }
        return "windows".equalsIgnoreCase(Json.text(instance, "Platform")) ? "Windows" : "Linux/UNIX";
    }

    private static NetworkPlacement placement(JsonNode instance)
    {
        List<String> subnetIds = new ArrayList<>(Json.present(Json.text(instance, "SubnetId")));
        List<String> securityGroupIds = new ArrayList<>(Json.texts(instance, "SecurityGroups", "GroupId"));
        List<String> interfaceIds = new ArrayList<>();
        List<String> privateIps = new ArrayList<>(Json.present(Json.text(instance, "PrivateIpAddress")));
        List<String> publicIps = new ArrayList<>(Json.present(Json.text(instance, "PublicIpAddress")));
        for (JsonNode networkInterface : Json.array(instance, "NetworkInterfaces")) {
            Json.addNew(interfaceIds, Json.present(Json.text(networkInterface, "NetworkInterfaceId")));
            Json.addNew(subnetIds, Json.present(Json.text(networkInterface, "SubnetId")));
            Json.addNew(securityGroupIds, Json.texts(networkInterface, "Groups", "GroupId"));
            for (JsonNode address : Json.array(networkInterface, "PrivateIpAddresses")) {
                Json.addNew(privateIps, Json.present(Json.text(address, "PrivateIpAddress")));
                Json.addNew(publicIps, Json.present(Json.textAt(address, "Association", "PublicIp")));
            }
            Json.addNew(privateIps, Json.present(Json.text(networkInterface, "PrivateIpAddress")));
        }
        return new NetworkPlacement(Json.text(instance, "VpcId"), subnetIds, securityGroupIds, interfaceIds, privateIps, publicIps);
    }

    /** Installed applications as {@code Name Version}, sorted. */
    private static List<String> software(RegionContext context, String instanceId)
    {
        return context.files().resourceFile("ssm-list-inventory-entries", instanceId).stream()
                .flatMap(document -> Json.array(document, "Entries").stream())
                .filter(entry -> Json.text(entry, "Name") != null)
                .map(entry -> Json.text(entry, "Version") == null ? Json.text(entry, "Name") : Json.text(entry, "Name") + " " + Json.text(entry, "Version"))
                .distinct()
                .sorted()
                .toList();
    }
}

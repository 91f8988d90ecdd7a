package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.Volume;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;

import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code ec2-describe-instances.json} and {@code ec2-describe-volumes.json}: one reservation
 * per instance, as instances launched one at a time get.
 */
final class Ec2JsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    Ec2JsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        List<Instance> instances = topology.instances().stream().filter(instance -> instance.where().equals(region)).toList();
        ArrayNode reservations = array();
        ArrayNode volumes = array();
        for (Instance instance : instances) {
            ObjectNode reservation = reservations.addObject();
            reservation.set("Groups", array());
            reservation.putArray("Instances").add(instance(instance));
            reservation.put("OwnerId", region.accountId());
            reservation.put("ReservationId", SampleIds.awsId("r", instance.name()));
            instance.volumes().forEach(volume -> volumes.add(volume(instance, volume)));
        }
        ObjectNode describeInstances = object();
        describeInstances.set("Reservations", reservations);
        out.write(region.folder() + "/ec2-describe-instances.json", describeInstances);
        ObjectNode describeVolumes = object();
        describeVolumes.set("Volumes", volumes);
        out.write(region.folder() + "/ec2-describe-volumes.json", describeVolumes);
    }

    private static ObjectNode instance(Instance instance)
    {
        String region = instance.where().region();
        NetworkInterface networkInterface = instance.networkInterface();
        ObjectNode node = object();
        node.put("AmiLaunchIndex", 0);
        node.put("ImageId", instance.imageId());
        node.put("InstanceId", instance.id());
        node.put("InstanceType", instance.instanceType());
        if (instance.keyName() != null) {
            node.put("KeyName", instance.keyName());
        }
        node.put("LaunchTime", instance.launchTime());
        node.putObject("Monitoring").put("State", "disabled");
        node.putObject("Placement").put("AvailabilityZone", instance.subnet().availabilityZone()).put("GroupName", "").put("Tenancy", "default");
        if (instance.operatingSystem().isWindows()) {
            node.put("Platform", instance.operatingSystem().platform());
        }
        node.put("PrivateDnsName", AwsCliJsonWriter.privateDnsName(region, networkInterface.privateIp()));
        node.put("PrivateIpAddress", networkInterface.privateIp());
        node.set("ProductCodes", array());
        node.put("PublicDnsName", networkInterface.publicIp() == null ? "" : AwsCliJsonWriter.publicDnsName(region, networkInterface.publicIp()));
        if (networkInterface.publicIp() != null) {
            node.put("PublicIpAddress", networkInterface.publicIp());
        }
        node.putObject("State").put("Code", 16).put("Name", "running");
        node.put("StateTransitionReason", "");
        node.put("SubnetId", instance.subnet().id());
        node.put("VpcId", instance.subnet().vpc().id());
        node.put("Architecture", "x86_64");
        ArrayNode blockDevices = node.putArray("BlockDeviceMappings");
        for (Volume volume : instance.volumes()) {
            ObjectNode mapping = blockDevices.addObject();
            mapping.put("DeviceName", volume.device());
            mapping.putObject("Ebs")
                    .put("AttachTime", volume.createTime())
                    .put("DeleteOnTermination", volume.device().equals(instance.operatingSystem().rootDeviceName()))
                    .put("Status", "attached")
                    .put("VolumeId", volume.id());
        }
        node.put("ClientToken", SampleIds.uuid("client-token:" + instance.name()));
        node.put("EbsOptimized", !instance.instanceType().startsWith("t2."));
        node.put("EnaSupport", true);
        node.put("Hypervisor", "xen");
        node.putArray("NetworkInterfaces").add(attachedInterface(instance));
        node.put("RootDeviceName", instance.operatingSystem().rootDeviceName());
        node.put("RootDeviceType", "ebs");
        node.set("SecurityGroups", AwsCliJsonWriter.groups(networkInterface.groups()));
        node.put("SourceDestCheck", true);
        if (!instance.tags().isEmpty()) {
            node.set("Tags", AwsCliJsonWriter.tags(instance.tags()));
        }
        node.put("VirtualizationType", "hvm");
        int vcpus = vcpus(instance.instanceType());
        boolean burstable = instance.instanceType().startsWith("t2.");
        node.putObject("CpuOptions").put("CoreCount", burstable ? vcpus : Math.max(1, vcpus / 2)).put("ThreadsPerCore", burstable ? 1 : 2);
        node.putObject("CapacityReservationSpecification").put("CapacityReservationPreference", "open");
        node.putObject("HibernationOptions").put("Configured", false);
        node.putObject("MetadataOptions")
                .put("State", "applied")
                .put("HttpTokens", instance.imdsHttpTokens())
                .put("HttpPutResponseHopLimit", instance.imdsHttpTokens().equals("required") ? 2 : 1)
                .put("HttpEndpoint", "enabled")
                .put("HttpProtocolIpv6", "disabled")
                .put("InstanceMetadataTags", "disabled");
        node.putObject("EnclaveOptions").put("Enabled", false);
        node.put("PlatformDetails", instance.operatingSystem().platformDetails());
        node.put("UsageOperation", instance.operatingSystem().usageOperation());
        node.put("UsageOperationUpdateTime", instance.launchTime());
        node.putObject("PrivateDnsNameOptions")
                .put("HostnameType", "ip-name")
                .put("EnableResourceNameDnsARecord", false)
                .put("EnableResourceNameDnsAAAARecord", false);
        node.putObject("MaintenanceOptions").put("AutoRecovery", "default");
        node.put("CurrentInstanceBootMode", "legacy-bios");
        return node;
    }

    private static ObjectNode attachedInterface(Instance instance)
    {
        String region = instance.where().region();
        NetworkInterface networkInterface = instance.networkInterface();
        ObjectNode node = object();
        ObjectNode association = networkInterface.publicIp() == null ? null : object()
                .put("IpOwnerId", "amazon")
                .put("PublicDnsName", AwsCliJsonWriter.publicDnsName(region, networkInterface.publicIp()))
                .put("PublicIp", networkInterface.publicIp());
        if (association != null) {
            node.set("Association", association);
        }
        node.putObject("Attachment")
                .put("AttachTime", instance.launchTime())
                .put("AttachmentId", SampleIds.awsId("eni-attach", networkInterface.id()))
                .put("DeleteOnTermination", true)
                .put("DeviceIndex", 0)
                .put("Status", "attached")
                .put("NetworkCardIndex", 0);
        node.put("Description", networkInterface.description());
        node.set("Groups", AwsCliJsonWriter.groups(networkInterface.groups()));
        node.set("Ipv6Addresses", array());
        node.put("MacAddress", SampleIds.macAddress(networkInterface.id()));
        node.put("NetworkInterfaceId", networkInterface.id());
        node.put("OwnerId", instance.where().accountId());
        node.put("PrivateDnsName", AwsCliJsonWriter.privateDnsName(region, networkInterface.privateIp()));
        node.put("PrivateIpAddress", networkInterface.privateIp());
        ObjectNode address = node.putArray("PrivateIpAddresses").addObject();
        if (association != null) {
            address.set("Association", association.deepCopy());
        }
        address.put("Primary", true)
                .put("PrivateDnsName", AwsCliJsonWriter.privateDnsName(region, networkInterface.privateIp()))
                .put("PrivateIpAddress", networkInterface.privateIp());
        node.put("SourceDestCheck", true);
        node.put("Status", "in-use");
        node.put("SubnetId", instance.subnet().id());
        node.put("VpcId", instance.subnet().vpc().id());
        node.put("InterfaceType", "interface");
        return node;
    }

    private static ObjectNode volume(Instance instance, Volume volume)
    {
        boolean root = volume.device().equals(instance.operatingSystem().rootDeviceName());
        boolean gp3 = volume.volumeType().equals("gp3");
        ObjectNode node = object();
        node.putArray("Attachments").addObject()
                .put("AttachTime", volume.createTime())
                .put("Device", volume.device())
                .put("InstanceId", instance.id())
                .put("State", "attached")
                .put("VolumeId", volume.id())
                .put("DeleteOnTermination", root);
        node.put("AvailabilityZone", instance.subnet().availabilityZone());
        node.put("CreateTime", volume.createTime());
        // volumes made before encryption by default was switched on (2019) are not encrypted
        node.put("Encrypted", volume.createTime().compareTo("2019") >= 0);
        node.put("Size", volume.sizeGb());
        node.put("SnapshotId", root ? SampleIds.awsId("snap", instance.imageId()) : "");
        node.put("State", "in-use");
        node.put("VolumeId", volume.id());
        node.put("Iops", gp3 ? 3000 : Math.max(100, 3 * volume.sizeGb()));
        node.set("Tags", AwsCliJsonWriter.tags(SampleTags.name(instance.name() + (root ? "-root" : "-data"))));
        node.put("VolumeType", volume.volumeType());
        node.put("MultiAttachEnabled", false);
        if (gp3) {
            node.put("Throughput", 125);
        }
        return node;
    }

    /** vCPUs by instance size: large 2, xlarge 4, 2xlarge 8; the burstable small sizes 1 or 2. */
    private static int vcpus(String instanceType)
    {
        String size = instanceType.substring(instanceType.indexOf('.') + 1);
        return switch (size) {
            case "micro", "small" -> instanceType.startsWith("t2.") ? 1 : 2;
            case "medium", "large" -> 2;
            case "xlarge" -> 4;
            case "2xlarge" -> 8;
            default -> throw new IllegalArgumentException("unknown instance size " + instanceType);
        };
    }
}

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * An instance's EBS volumes as the target recreates them: the root volume on the instance's root block
 * device, every other described volume as an encrypted volume attached at the source's device.
 *
 * @param root the root volume, or {@code null} when no described volume sits on a root device
 * @param data the other described volumes, in block device mapping order; none when the root is not known
 * @param unknown ids of volumes whose device, size or type the inventory does not give, or all when the root is not known:
 *        not generated, a comment says so
 * @param shared Multi-Attach volumes that another instance's target creates ({@link SharedVolumes}) and this one attaches too
 */
public record InstanceVolumes(Volume root, List<Volume> data, List<String> unknown, List<Shared> shared)
{
    /*
     * The inventory has no RootDeviceName, so the root is the volume on the device AMIs use as root:
     * /dev/xvda (Amazon Linux and most HVM images), /dev/sda1 (Ubuntu, Windows, Red Hat).
     */
    private static final Set<String> ROOT_DEVICES = Set.of("/dev/xvda", "/dev/sda1", "/dev/sda");

    /**
     * One volume.
     *
     * @param name a name unique among the instance's volumes, from its device ({@code xvdf}), for identifiers
     * @param iops the IOPS to provision (io1, io2, gp3), else {@code null}: gp2's is a baseline, not a setting
     * @param throughputMibps the throughput to provision (gp3), else {@code null}
     * @param multiAttach whether it is an io1/io2 volume attached to several instances, which Multi-Attach allows
     */
    public record Volume(String volumeId, String name, String deviceName, String volumeType, int sizeGb, Integer iops, Integer throughputMibps, boolean multiAttach)
    {
        public Volume
        {
            requireNonNull(volumeId, "volumeId is null");
            requireNonNull(name, "name is null");
            requireNonNull(deviceName, "deviceName is null");
            requireNonNull(volumeType, "volumeType is null");
        }

        /** A volume of one instance only. */
        public Volume(String volumeId, String name, String deviceName, String volumeType, int sizeGb, Integer iops, Integer throughputMibps)
        {
            this(volumeId, name, deviceName, volumeType, sizeGb, iops, throughputMibps, false);
        }

        /** The name in CloudFormation logical ids ({@code Sdf}). */
        public String logicalName() { return Identifiers.logicalId(name); }
    }

    /**
     * A Multi-Attach volume another instance's target creates, attached to this one at its own device.
     *
     * @param volume the volume as this instance sees it (its device)
     * @param terraformName the volume's Terraform name where it is created ({@code <owner>_<device>})
     * @param logicalId the volume's CloudFormation logical id prefix where it is created ({@code <Owner><Device>})
     * @param local whether the same wave creates it; else the earlier wave {@code wave} does, whose state or stack exports hold its id
     */
    public record Shared(Volume volume, String terraformName, String logicalId, boolean local, int wave)
    {
        public Shared
        {
            requireNonNull(volume, "volume is null");
            requireNonNull(terraformName, "terraformName is null");
            requireNonNull(logicalId, "logicalId is null");
        }
    }

    public InstanceVolumes
    {
        data = List.copyOf(data);
        unknown = List.copyOf(unknown);
        shared = List.copyOf(shared);
    }

    /** Volumes no other instance's target creates. */
    public InstanceVolumes(Volume root, List<Volume> data, List<String> unknown)
    {
        this(root, data, unknown, List.of());
    }

    public static InstanceVolumes of(ResourceDetails.Ec2Instance instance)
    {
        Volume root = null;
        List<Volume> data = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        // an instance's only volume is its root, whatever the device, which the instance's root block device recreates
        boolean only = instance.ebsVolumes().size() <= 1 && instance.ebsVolumeIds().size() <= 1;
        for (ResourceDetails.EbsVolume source : instance.ebsVolumes()) {
            if (!source.described() || source.deviceName() == null || source.volumeType() == null || source.sizeGb() == null) {
                if (!only) {
                    unknown.add(source.volumeId());
                }
                continue;
            }
            String type = source.volumeType();
            boolean provisioned = type.equals("io1") || type.equals("io2") || type.equals("gp3");
            Volume volume = new Volume(source.volumeId(), Identifiers.terraformName(source.deviceName().replaceFirst("^/dev/", "")), source.deviceName(), type,
                    source.sizeGb(), provisioned ? source.iops() : null, type.equals("gp3") ? source.throughputMibps() : null,
                    // only io1 and io2 have Multi-Attach: a volume of another type listed on several instances is not taken for one
                    source.attachedInstanceIds().size() > 1 && (type.equals("io1") || type.equals("io2")));
            // a Multi-Attach volume cannot be a boot volume
            if (root == null && !volume.multiAttach() && (only || ROOT_DEVICES.contains(source.deviceName()))) {
                root = volume;
            }
            else {
                data.add(volume);
            }
        }
        if (root == null && !data.isEmpty()) {
            // which of them is the root is not known: generating them all would add a copy of the root
            data.forEach(volume -> unknown.add(volume.volumeId()));
            data.clear();
        }
        // ids the inventory lists without a volume record (inventories written before volumes were read)
        if (!only) {
            instance.ebsVolumeIds().stream().filter(id -> instance.ebsVolumes().stream().noneMatch(volume -> volume.volumeId().equals(id))).forEach(unknown::add);
        }
        return new InstanceVolumes(root, data, unknown);
    }
}

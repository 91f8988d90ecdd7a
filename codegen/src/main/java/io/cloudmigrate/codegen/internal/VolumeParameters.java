package io.cloudmigrate.codegen.internal;

import java.util.List;

/**
 * The CloudFormation parameters of the instances' EBS volumes and of the volumes attached to nothing, as Terraform's
 * inputs: size, type, IOPS and throughput with the source's values as defaults (none where the inventory does not give
 * one), the zone and snapshot of a volume attached to nothing, and an optional KMS key for all of them.
 */
final class VolumeParameters
{
    /** The parameter naming the optional KMS key; the condition {@code HasEbsKmsKey} tests whether it is set. */
    static final String KMS_KEY = "EbsKmsKeyId";

    private VolumeParameters() {}

    static void declare(Targets.Wave wave, List<CloudFormationModel.Parameter> parameters)
    {
        boolean any = false;
        for (Targets.Instance instance : wave.instances()) {
            InstanceVolumes volumes = instance.volumes();
            String logicalId = instance.name().logicalId();
            if (volumes.root() != null) {
                any = true;
                add(parameters, logicalId + "Root", "the root volume (" + volumes.root().volumeId() + ") of " + instance.name().name(), volumes.root(), false);
            }
            for (InstanceVolumes.Volume volume : volumes.data()) {
                any = true;
                add(parameters, logicalId + volume.logicalName(), "volume " + volume.volumeId() + " (" + volume.deviceName() + ") of "
                        + instance.name().name(), volume, true);
            }
        }
        for (StandaloneVolume volume : wave.volumes()) {
            any = true;
            standalone(parameters, volume);
        }
        if (any) {
            parameters.add(new CloudFormationModel.Parameter(KMS_KEY, "String",
                    "KMS key (ARN) that encrypts the " + (wave.volumes().isEmpty() ? "instances'" : "wave's") + " EBS volumes; empty, the default, uses the AWS managed key for EBS. Volumes are encrypted either way.", ""));
        }
    }

    private static void standalone(List<CloudFormationModel.Parameter> parameters, StandaloneVolume volume)
    {
        String prefix = volume.name().logicalId() + "Volume";
        String what = "volume " + volume.volumeId() + " (attached to nothing)";
        parameters.add(new CloudFormationModel.Parameter(prefix + "AvailabilityZone", "String", "Availability Zone of the target of " + what
                + "; the default is the source's, whose name may mean another zone in the target account.", volume.availabilityZone()));
        parameters.add(new CloudFormationModel.Parameter(prefix + "SnapshotId", "String", "The snapshot of " + volume.volumeId()
                + " that the runbook copied into the target account and Region; the volume is restored from it.", null));
        parameters.add(new CloudFormationModel.Parameter(prefix + "Size", "Number", "Size in GiB of the target of " + what + "; the default is the source's.",
                volume.sizeGb() == null ? null : Integer.toString(volume.sizeGb())));
        parameters.add(new CloudFormationModel.Parameter(prefix + "Type", "String", "EBS volume type of the target of " + what + "; the default is the source's.",
                volume.volumeType()));
        if (volume.iops() != null) {
            parameters.add(new CloudFormationModel.Parameter(prefix + "Iops", "Number", "Provisioned IOPS of the target of " + what + "; the default is the source's.",
                    Integer.toString(volume.iops())));
        }
        if (volume.throughputMibps() != null) {
            parameters.add(new CloudFormationModel.Parameter(prefix + "Throughput", "Number",
                    "Provisioned throughput in MiB/s of the target of " + what + "; the default is the source's.", Integer.toString(volume.throughputMibps())));
        }
    }

    private static void add(List<CloudFormationModel.Parameter> parameters, String prefix, String what, InstanceVolumes.Volume volume, boolean provisioned)
    {
        parameters.add(new CloudFormationModel.Parameter(prefix + "VolumeSize", "Number", "Size in GiB of the target of " + what + "; the default is the source's.",
                Integer.toString(volume.sizeGb())));
        parameters.add(new CloudFormationModel.Parameter(prefix + "VolumeType", "String", "EBS volume type of the target of " + what + "; the default is the source's.",
                volume.volumeType()));
        if (provisioned && volume.iops() != null) {
            parameters.add(new CloudFormationModel.Parameter(prefix + "VolumeIops", "Number", "Provisioned IOPS of the target of " + what + "; the default is the source's.",
                    Integer.toString(volume.iops())));
        }
        if (provisioned && volume.throughputMibps() != null) {
            parameters.add(new CloudFormationModel.Parameter(prefix + "VolumeThroughput", "Number",
                    "Provisioned throughput in MiB/s of the target of " + what + "; the default is the source's.", Integer.toString(volume.throughputMibps())));
        }
    }
}

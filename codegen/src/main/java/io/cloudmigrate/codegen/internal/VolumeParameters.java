package io.cloudmigrate.codegen.internal;

import java.util.List;

/**
 * The CloudFormation parameters of the instances' EBS volumes, as Terraform's inputs: size, type, IOPS
 * and throughput with the source's values as defaults, and an optional KMS key for all of them.
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
        if (any) {
            parameters.add(new CloudFormationModel.Parameter(KMS_KEY, "String",
                    "KMS key (ARN) that encrypts the instances' EBS volumes; empty, the default, uses the AWS managed key for EBS. Volumes are encrypted either way.", ""));
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

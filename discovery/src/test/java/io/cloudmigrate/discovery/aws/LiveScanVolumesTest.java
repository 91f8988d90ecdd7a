package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.EbsVolume;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.VolumeType;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live scan gives each instance its EBS volumes with type, size, IOPS, throughput and attachments, and lists a volume attached to
 * nothing as a resource of its own, as an import of the same estate does.
 */
class LiveScanVolumesTest
{
    private static final String REGION = "us-east-1";

    @Test
    void readsTheVolumesOfEachInstance()
    {
        URI endpoint = MotoEmulator.require();
        String instanceId;
        String fastVolumeId;
        String databaseVolumeId;
        String spareVolumeId;
        try (Ec2Client ec2 = MotoEstate.configure(Ec2Client.builder(), endpoint, DefaultCredentialsProvider.builder().build(), REGION).build()) {
            String imageId = ec2.describeImages().images().getFirst().imageId();
            instanceId = ec2.runInstances(request -> request.imageId(imageId).instanceType(InstanceType.M5_LARGE).minCount(1).maxCount(1)
                            .placement(placement -> placement.availabilityZone(REGION + "a"))
                            .blockDeviceMappings(mapping -> mapping.deviceName("/dev/xvda")
                                    .ebs(ebs -> ebs.volumeType(VolumeType.GP3).volumeSize(30).deleteOnTermination(true))))
                    .instances().getFirst().instanceId();
            fastVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.GP3).size(200).iops(4000)
                    .throughput(250)).volumeId();
            ec2.attachVolume(request -> request.volumeId(fastVolumeId).instanceId(instanceId).device("/dev/sdf"));
            databaseVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.IO2).size(500).iops(16000)
                    .encrypted(true)).volumeId();
            ec2.attachVolume(request -> request.volumeId(databaseVolumeId).instanceId(instanceId).device("/dev/sdg"));
            // attached to nothing: no instance's volume, a resource of its own
            spareVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.SC1).size(125)).volumeId();
        }
        ApiCallRecorder recorder = new ApiCallRecorder();

        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();

        ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) inventory
                .resource("arn:aws:ec2:" + REGION + ":" + MotoEmulator.FIRST_ACCOUNT + ":instance/" + instanceId).orElseThrow().details();
        assertThat(instance.ebsVolumes()).as("volumes %s", instance.ebsVolumes()).hasSize(3);
        // moto ignores the IOPS and throughput asked of a volume in RunInstances; CreateVolume keeps them
        EbsVolume root = instance.ebsVolumes().getFirst();
        assertThat(root.deviceName()).isEqualTo("/dev/xvda");
        assertThat(root.volumeType()).isEqualTo("gp3");
        assertThat(root.sizeGb()).isEqualTo(30);
        assertThat(root.deleteOnTermination()).isTrue();
        assertThat(root.attachedInstanceIds()).containsExactly(instanceId);
        assertThat(instance.ebsVolumes().subList(1, 3)).containsExactlyInAnyOrder(
                new EbsVolume(fastVolumeId, "/dev/sdf", "gp3", 200, 4000, 250, false, false, List.of(instanceId)),
                new EbsVolume(databaseVolumeId, "/dev/sdg", "io2", 500, 16000, null, true, false, List.of(instanceId)));
        assertThat(instance.storageGb()).isEqualTo(730);
        String volumes = "arn:aws:ec2:" + REGION + ":" + MotoEmulator.FIRST_ACCOUNT + ":volume/";
        assertThat(inventory.resource(volumes + spareVolumeId).orElseThrow().details()).isEqualTo(
                new ResourceDetails.UnattachedVolume(spareVolumeId, "sc1", 125, null, null, false, REGION + "a", "available", null,
                        ((ResourceDetails.UnattachedVolume) inventory.resource(volumes + spareVolumeId).orElseThrow().details()).createTime()));
        assertThat(inventory.resource(volumes + fastVolumeId)).as("an attached volume is part of its instance only").isEmpty();
        assertThat(inventory.resource(volumes + instance.ebsVolumeIds().getFirst())).isEmpty();
        assertThat(recorder.callsByOperation().keySet()).anyMatch(operation -> operation.endsWith(":DescribeVolumes"));
        assertThat(inventory.warnings()).isEmpty();
    }
}

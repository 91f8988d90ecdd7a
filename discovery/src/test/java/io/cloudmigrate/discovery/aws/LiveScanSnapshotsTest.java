package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.StorageDetails.EbsSnapshot;
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
 * A live scan reads the account's own snapshots ({@code DescribeSnapshots} with {@code OwnerIds=self}) and gives each volume its
 * own, as an import of the same estate does; a snapshot of a volume deleted since is named in a warning, not given to any resource.
 */
class LiveScanSnapshotsTest
{
    private static final String REGION = "us-east-1";

    @Test
    void givesEachVolumeTheAccountsOwnSnapshotsOfIt()
    {
        URI endpoint = MotoEmulator.require();
        String instanceId;
        String dataVolumeId;
        String spareVolumeId;
        List<String> dataSnapshotIds;
        String spareSnapshotId;
        String orphanSnapshotId;
        try (Ec2Client ec2 = MotoEstate.configure(Ec2Client.builder(), endpoint, DefaultCredentialsProvider.builder().build(), REGION).build()) {
            String imageId = ec2.describeImages().images().getFirst().imageId();
            instanceId = ec2.runInstances(request -> request.imageId(imageId).instanceType(InstanceType.M5_LARGE).minCount(1).maxCount(1)
                            .placement(placement -> placement.availabilityZone(REGION + "a")))
                    .instances().getFirst().instanceId();
            dataVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.GP3).size(100)).volumeId();
            ec2.attachVolume(request -> request.volumeId(dataVolumeId).instanceId(instanceId).device("/dev/sdf"));
            dataSnapshotIds = List.of(
                    ec2.createSnapshot(request -> request.volumeId(dataVolumeId).description("nightly 1")).snapshotId(),
                    ec2.createSnapshot(request -> request.volumeId(dataVolumeId).description("nightly 2")).snapshotId());
            spareVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.ST1).size(500)).volumeId();
            spareSnapshotId = ec2.createSnapshot(request -> request.volumeId(spareVolumeId)).snapshotId();
            String goneVolumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.GP2).size(20)).volumeId();
            orphanSnapshotId = ec2.createSnapshot(request -> request.volumeId(goneVolumeId)).snapshotId();
            ec2.deleteVolume(request -> request.volumeId(goneVolumeId));
        }
        ApiCallRecorder recorder = new ApiCallRecorder();

        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();

        String arn = "arn:aws:ec2:" + REGION + ":" + MotoEmulator.FIRST_ACCOUNT + ":";
        ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) inventory.resource(arn + "instance/" + instanceId).orElseThrow().details();
        ResourceDetails.EbsVolume data = instance.ebsVolumes().stream().filter(volume -> volume.volumeId().equals(dataVolumeId)).findFirst().orElseThrow();
        assertThat(data.snapshots()).extracting(EbsSnapshot::snapshotId).containsExactlyElementsOf(dataSnapshotIds.stream().sorted().toList());
        assertThat(data.snapshots()).allSatisfy(snapshot -> {
            assertThat(snapshot.volumeId()).isEqualTo(dataVolumeId);
            assertThat(snapshot.volumeSizeGb()).isEqualTo(100);
            assertThat(snapshot.startTime()).isNotNull();
        });
        ResourceDetails.UnattachedVolume spare = (ResourceDetails.UnattachedVolume) inventory.resource(arn + "volume/" + spareVolumeId).orElseThrow().details();
        assertThat(spare.snapshots()).extracting(EbsSnapshot::snapshotId).containsExactly(spareSnapshotId);
        assertThat(inventory.warnings()).filteredOn(warning -> warning.code().equals("DanglingReference")).extracting(InventoryWarning::message)
                .singleElement().asString().contains(orphanSnapshotId);
        assertThat(recorder.callsByOperation().keySet()).anyMatch(operation -> operation.endsWith(":DescribeSnapshots"));
    }
}

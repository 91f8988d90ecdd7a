package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.ofType;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Volumes that {@code aws ec2 describe-volumes} reports as attached to nothing become resources of their own; attached
 * volumes stay part of their instance and are never counted twice.
 */
class UnattachedVolumeImportTest
{
    private static final String REGION = "us-east-2";
    private static final String ACCOUNT = "111111111111";
    private static final String INSTANCES = """
            {"Reservations": [{"Instances": [{"InstanceId": "i-9",
              "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeId": "vol-root", "DeleteOnTermination": true}}]}]}]}
            """;
    // the shape of `aws ec2 describe-volumes` output (EC2 API reference, DescribeVolumes), one volume of each kind
    private static final String VOLUMES = """
            {"Volumes": [
              {"VolumeId": "vol-root", "VolumeType": "gp3", "Size": 30, "Iops": 3000, "Throughput": 125, "Encrypted": true, "State": "in-use",
               "AvailabilityZone": "us-east-2a", "CreateTime": "2024-03-01T10:00:00.000Z", "SnapshotId": "snap-0a",
               "Attachments": [{"InstanceId": "i-9", "Device": "/dev/xvda", "State": "attached", "DeleteOnTermination": true}]},
              {"VolumeId": "vol-spare", "VolumeType": "io2", "Size": 200, "Iops": 10000, "Encrypted": false, "State": "available",
               "AvailabilityZone": "us-east-2b", "CreateTime": "2023-11-20T08:30:00.000Z", "SnapshotId": "",
               "MultiAttachEnabled": false, "Attachments": [], "Tags": [{"Key": "Name", "Value": "old-reports"}, {"Key": "owner", "Value": "finance"}]},
              {"VolumeId": "vol-cold", "VolumeType": "st1", "Size": 500, "Encrypted": true, "State": "available",
               "AvailabilityZone": "us-east-2a", "CreateTime": "2022-01-05T12:00:00.000Z", "Attachments": []},
              {"VolumeId": "vol-new", "VolumeType": "gp3", "Size": 10, "State": "creating", "Attachments": []}
            ]}
            """;

    @TempDir
    Path directory;

    @Test
    void makesResourcesOfAvailableVolumesOnlyAndKeepsAttachedOnesOnTheirInstance()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account(REGION, ACCOUNT)
                .file(REGION + "/ec2-describe-instances.json", INSTANCES)
                .file(REGION + "/ec2-describe-volumes.json", VOLUMES)
                .importEstate();

        assertThat(ofType(inventory, ResourceType.EBS_VOLUME)).extracting(Resource::id).containsExactly(
                "arn:aws:ec2:us-east-2:111111111111:volume/vol-cold",
                "arn:aws:ec2:us-east-2:111111111111:volume/vol-spare");
        Resource spare = inventory.resources().stream().filter(resource -> resource.id().endsWith("/vol-spare")).findFirst().orElseThrow();
        assertThat(spare.name()).isEqualTo("old-reports");
        assertThat(spare.tags()).containsEntry("owner", "finance");
        assertThat(spare.network()).isEqualTo(NetworkPlacement.NONE);
        assertThat(spare.details()).isEqualTo(new ResourceDetails.UnattachedVolume("vol-spare", "io2", 200, 10000, null, false, "us-east-2b", "available",
                null, "2023-11-20T08:30:00.000Z"));
        assertThat(details(inventory, "arn:aws:ec2:us-east-2:111111111111:instance/i-9", ResourceDetails.Ec2Instance.class).ebsVolumeIds())
                .containsExactly("vol-root");
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void namesTheFileAndVolumeOfAMalformedEntryAndReadsTheRest()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account(REGION, ACCOUNT)
                .file(REGION + "/ec2-describe-volumes.json", """
                        {"Volumes": [
                          {"VolumeId": "vol-odd", "VolumeType": "gp3", "Size": "lots", "Iops": -5, "Throughput": 250, "State": "available", "Attachments": []},
                          {"VolumeType": "gp2", "Size": 8, "State": "available"},
                          {"VolumeId": "vol-fine", "VolumeType": "sc1", "Size": 1000, "State": "available", "Attachments": []}
                        ]}
                        """)
                .importEstate();

        assertThat(ofType(inventory, ResourceType.EBS_VOLUME)).extracting(resource -> ((ResourceDetails.UnattachedVolume) resource.details()).volumeId())
                .containsExactly("vol-fine", "vol-odd");
        assertThat(details(inventory, "arn:aws:ec2:us-east-2:111111111111:volume/vol-odd", ResourceDetails.UnattachedVolume.class))
                .extracting(ResourceDetails.UnattachedVolume::sizeGb, ResourceDetails.UnattachedVolume::iops, ResourceDetails.UnattachedVolume::throughputMibps)
                .containsExactly(null, null, 250);
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::message).containsExactlyInAnyOrder(
                "us-east-2/ec2-describe-volumes.json: volume vol-odd has Size \"lots\", not a whole number of at least 0; it is read as unknown, and so is the price that depends on it",
                "us-east-2/ec2-describe-volumes.json: volume vol-odd has Iops -5, not a whole number of at least 0; it is read as unknown, and so is the price that depends on it");
        assertThat(warnings(inventory, "MissingIdentifier")).extracting(InventoryWarning::message)
                .containsExactly("us-east-2/ec2-describe-volumes.json: Volumes[1] has no VolumeId; it was left out");
        assertThat(inventory.warnings()).extracting(InventoryWarning::input).containsOnly("us-east-2/ec2-describe-volumes.json");
    }

    @Test
    void keepsUnattachedVolumesThroughTheInventoryDocument()
            throws Exception
    {
        Inventory inventory = EstateFixture.in(directory)
                .account(REGION, ACCOUNT)
                .file(REGION + "/ec2-describe-instances.json", INSTANCES)
                .file(REGION + "/ec2-describe-volumes.json", VOLUMES)
                .importEstate();

        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);

        assertThat(JsonDocuments.readInventory(file)).isEqualTo(inventory);
        assertThat(List.of(JsonDocuments.readTree(file).path("resources").findValuesAsText("kind").toArray())).contains("unattachedVolume");
    }
}

package io.cloudmigrate.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.cloudmigrate.discovery.StorageDetails.EbsSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account's own snapshots ({@code aws ec2 describe-snapshots --owner-ids self}) go to the volume they were taken of, whether
 * the volume is an instance's or attached to nothing; a snapshot of a volume the estate does not hold, and a malformed entry, get a
 * warning naming the file and the snapshot, and the rest is read.
 */
class EbsSnapshotImportTest
{
    private static final String REGION = "us-east-2";
    private static final String ACCOUNT = "111111111111";
    private static final String INSTANCE = "arn:aws:ec2:us-east-2:111111111111:instance/i-9";
    private static final String SPARE = "arn:aws:ec2:us-east-2:111111111111:volume/vol-spare";
    private static final String SNAPSHOTS_FILE = "us-east-2/ec2-describe-snapshots.json";
    private static final String INSTANCES = """
            {"Reservations": [{"Instances": [{"InstanceId": "i-9",
              "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeId": "vol-root", "DeleteOnTermination": true}}]}]}]}
            """;
    private static final String VOLUMES = """
            {"Volumes": [
              {"VolumeId": "vol-root", "VolumeType": "gp3", "Size": 30, "Iops": 3000, "Throughput": 125, "State": "in-use",
               "Attachments": [{"InstanceId": "i-9", "Device": "/dev/xvda", "State": "attached", "DeleteOnTermination": true}]},
              {"VolumeId": "vol-spare", "VolumeType": "st1", "Size": 500, "State": "available", "Attachments": []}
            ]}
            """;
    // the shape of `aws ec2 describe-snapshots --owner-ids self` output (EC2 API reference, DescribeSnapshots, Snapshot)
    private static final String SNAPSHOTS = """
            {"Snapshots": [
              {"Description": "nightly", "Encrypted": true, "OwnerId": "111111111111", "Progress": "100%", "SnapshotId": "snap-root-2",
               "StartTime": "2026-11-02T01:00:00.000Z", "State": "completed", "VolumeId": "vol-root", "VolumeSize": 30, "StorageTier": "standard"},
              {"Description": "nightly", "Encrypted": true, "OwnerId": "111111111111", "Progress": "100%", "SnapshotId": "snap-root-1",
               "StartTime": "2026-11-01T01:00:00.000Z", "State": "completed", "VolumeId": "vol-root", "VolumeSize": 30, "StorageTier": "standard"},
              {"Description": "before the move", "Encrypted": false, "OwnerId": "111111111111", "Progress": "100%", "SnapshotId": "snap-spare",
               "StartTime": "2025-01-10T09:00:00.000Z", "State": "completed", "VolumeId": "vol-spare", "VolumeSize": 500, "StorageTier": "archive",
               "FullSnapshotSizeInBytes": 214748364800},
              {"Description": "Copied for DestinationAmi", "Encrypted": false, "OwnerId": "111111111111", "Progress": "100%", "SnapshotId": "snap-copy",
               "StartTime": "2024-06-01T00:00:00.000Z", "State": "completed", "VolumeId": "vol-ffffffff", "VolumeSize": 8, "StorageTier": "standard"},
              {"Description": "", "Encrypted": false, "OwnerId": "111111111111", "Progress": "100%", "SnapshotId": "snap-gone",
               "StartTime": "2023-06-01T00:00:00.000Z", "State": "completed", "VolumeId": "vol-deleted", "VolumeSize": 100, "StorageTier": "standard"},
              {"Description": "a public snapshot, listed when --owner-ids self was left out", "Encrypted": false, "OwnerId": "801119661308",
               "Progress": "100%", "SnapshotId": "snap-public", "StartTime": "2020-01-01T00:00:00.000Z", "State": "completed", "VolumeId": "vol-root",
               "VolumeSize": 8, "StorageTier": "standard"}
            ]}
            """;

    @TempDir
    Path directory;

    @Test
    void givesEachVolumeItsOwnSnapshotsWhetherAnInstanceHoldsItOrNothingAndLeavesOutOtherAccounts()
    {
        Inventory inventory = estate(SNAPSHOTS);

        assertThat(details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class).ebsVolumes().getFirst().snapshots()).containsExactly(
                new EbsSnapshot("snap-root-1", "vol-root", 30, null, "standard", "completed", "2026-11-01T01:00:00.000Z"),
                new EbsSnapshot("snap-root-2", "vol-root", 30, null, "standard", "completed", "2026-11-02T01:00:00.000Z"));
        assertThat(details(inventory, SPARE, ResourceDetails.UnattachedVolume.class).snapshots()).containsExactly(
                new EbsSnapshot("snap-spare", "vol-spare", 500, 214_748_364_800L, "archive", "completed", "2025-01-10T09:00:00.000Z"));
        assertThat(details(inventory, SPARE, ResourceDetails.UnattachedVolume.class).asEbsVolume().snapshots())
                .as("the volume as its price sees it keeps them").hasSize(1);
        assertThat(inventory.resources()).as("a snapshot is no resource of its own").hasSize(2);
    }

    @Test
    void warnsOnceForTheSnapshotsOfVolumesTheEstateDoesNotHold()
    {
        Inventory inventory = estate(SNAPSHOTS);

        assertThat(inventory.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("DanglingReference");
            assertThat(warning.input()).isEqualTo(SNAPSHOTS_FILE);
            assertThat(warning.message()).isEqualTo(SNAPSHOTS_FILE + ": 2 snapshots (first snap-copy, of vol-ffffffff) are of volumes not in the estate "
                    + "(deleted since, another account's, or copies): they are billed, but belong to no resource, so no cost estimate includes them");
        });
    }

    @Test
    void namesTheFileSnapshotAndFieldOfAMalformedEntryAndReadsTheRest()
    {
        Inventory inventory = estate("""
                {"Snapshots": [
                  {"SnapshotId": "snap-odd", "VolumeId": "vol-root", "VolumeSize": "big", "FullSnapshotSizeInBytes": -1, "StorageTier": "glacier",
                   "State": "completed"},
                  {"VolumeId": "vol-root", "VolumeSize": 30, "State": "completed"},
                  {"SnapshotId": "snap-fine", "VolumeId": "vol-spare", "VolumeSize": 500, "StorageTier": "standard", "State": "pending"}
                ]}
                """);

        assertThat(details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class).ebsVolumes().getFirst().snapshots())
                .containsExactly(new EbsSnapshot("snap-odd", "vol-root", null, null, null, "completed", null));
        assertThat(details(inventory, SPARE, ResourceDetails.UnattachedVolume.class).snapshots()).extracting(EbsSnapshot::snapshotId)
                .containsExactly("snap-fine");
        String unknown = "; it is read as unknown, and so is the price that depends on it";
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::message).containsExactlyInAnyOrder(
                SNAPSHOTS_FILE + ": snapshot snap-odd has VolumeSize \"big\", not a whole number of at least 0" + unknown,
                SNAPSHOTS_FILE + ": snapshot snap-odd has FullSnapshotSizeInBytes -1, not a whole number of bytes of at least 0" + unknown,
                SNAPSHOTS_FILE + ": snapshot snap-odd has StorageTier \"glacier\", not standard or archive" + unknown);
        assertThat(warnings(inventory, "MissingIdentifier")).extracting(InventoryWarning::message)
                .containsExactly(SNAPSHOTS_FILE + ": Snapshots[1] has no SnapshotId; it was left out");
        assertThat(inventory.warnings()).extracting(InventoryWarning::input).containsOnly(SNAPSHOTS_FILE);
    }

    @Test
    void warnsOfAFileWithoutASnapshotsArrayAndKeepsTheVolumes()
    {
        Inventory inventory = estate("""
                {"Volumes": []}
                """);

        assertThat(warnings(inventory, "UnexpectedShape")).extracting(InventoryWarning::input).containsExactly(SNAPSHOTS_FILE);
        assertThat(details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class).ebsVolumes().getFirst().volumeType()).isEqualTo("gp3");
        assertThat(details(inventory, SPARE, ResourceDetails.UnattachedVolume.class).snapshots()).isEmpty();
    }

    @Test
    void keepsSnapshotsThroughTheInventoryDocumentAndItsSchema()
            throws Exception
    {
        Inventory inventory = estate(SNAPSHOTS);
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);

        JsonNode document = JsonDocuments.readTree(file);

        assertThat(JsonDocuments.readInventory(file)).isEqualTo(inventory);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of(
                Path.of("..", "docs", "schemas", "inventory.schema.json").toAbsolutePath().normalize().toUri().toString())).validate(document)).isEmpty();
        assertThat(document.findValues("snapshots")).extracting(JsonNode::size).containsExactly(2, 1);
    }

    private Inventory estate(String snapshots)
    {
        return EstateFixture.in(directory)
                .account(REGION, ACCOUNT)
                .file(REGION + "/ec2-describe-instances.json", INSTANCES)
                .file(REGION + "/ec2-describe-volumes.json", VOLUMES)
                .file(SNAPSHOTS_FILE, snapshots)
                .importEstate();
    }
}

package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.ResourceDetails.EbsVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/** The importer gives each instance its EBS volumes with what {@code aws ec2 describe-volumes} says of them. */
class EbsVolumeImportTest
{
    private static final String INSTANCE = "arn:aws:ec2:us-east-2:111111111111:instance/i-9";
    private static final String INSTANCES = """
            {"Reservations": [{"Instances": [{"InstanceId": "i-9",
              "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeId": "vol-root", "DeleteOnTermination": true}},
                                      {"DeviceName": "/dev/sdf", "Ebs": {"VolumeId": "vol-data", "DeleteOnTermination": false}}]}]}]}
            """;

    @TempDir
    Path directory;

    @Test
    void readsTypeSizeIopsThroughputAndAttachmentsOfEachVolume()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", INSTANCES)
                .file("us-east-2/ec2-describe-volumes.json", """
                        {"Volumes": [
                          {"VolumeId": "vol-root", "VolumeType": "gp3", "Size": 30, "Iops": 4000, "Throughput": 250, "Encrypted": true,
                           "Attachments": [{"InstanceId": "i-9", "Device": "/dev/xvda", "DeleteOnTermination": true}]},
                          {"VolumeId": "vol-data", "VolumeType": "io2", "Size": 500, "Iops": 16000, "Encrypted": false, "MultiAttachEnabled": true,
                           "Attachments": [{"InstanceId": "i-9", "Device": "/dev/sdf"}, {"InstanceId": "i-8", "Device": "/dev/sdf"}]},
                          {"VolumeId": "vol-late", "VolumeType": "st1", "Size": 2000,
                           "Attachments": [{"InstanceId": "i-9", "Device": "/dev/sdg", "DeleteOnTermination": false}]},
                          {"VolumeId": "vol-spare", "VolumeType": "sc1", "Size": 125, "Attachments": []}
                        ]}
                        """)
                .importEstate();

        ResourceDetails.Ec2Instance instance = details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class);
        assertThat(instance.ebsVolumes()).containsExactly(
                new EbsVolume("vol-root", "/dev/xvda", "gp3", 30, 4000, 250, true, true, List.of("i-9")),
                new EbsVolume("vol-data", "/dev/sdf", "io2", 500, 16000, null, false, false, List.of("i-8", "i-9")),
                // attached after the instance's block device mapping was read: only the volume names the instance
                new EbsVolume("vol-late", "/dev/sdg", "st1", 2000, null, null, null, false, List.of("i-9")));
        assertThat(instance.ebsVolumeIds()).containsExactly("vol-root", "vol-data", "vol-late");
        assertThat(instance.storageGb()).isEqualTo(2530);
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void namesTheMissingVolumesFileAndKeepsTheVolumesUnknown()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", INSTANCES)
                .importEstate();

        ResourceDetails.Ec2Instance instance = details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class);
        assertThat(instance.ebsVolumes()).containsExactly(
                new EbsVolume("vol-root", "/dev/xvda", null, null, null, null, null, true, List.of("i-9")),
                new EbsVolume("vol-data", "/dev/sdf", null, null, null, null, null, false, List.of("i-9")));
        assertThat(instance.ebsVolumes()).noneMatch(EbsVolume::described);
        assertThat(warnings(inventory, "MissingFile")).singleElement().satisfies(warning -> {
            assertThat(warning.input()).isEqualTo("us-east-2/ec2-describe-volumes.json");
            assertThat(warning.message()).startsWith("us-east-2/ec2-describe-volumes.json is missing").contains("instance i-9")
                    .contains("aws ec2 describe-volumes");
        });
    }

    @Test
    void warnsOnceForAMalformedVolumesFileAndReadsTheInstances()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", INSTANCES)
                .file("us-east-2/ec2-describe-volumes.json", "{\"Volumes\": [{\"VolumeId\": \"vol-root\",,}]}")
                .importEstate();

        assertThat(warnings(inventory, "MalformedFile")).extracting(InventoryWarning::input).containsExactly("us-east-2/ec2-describe-volumes.json");
        assertThat(warnings(inventory, "MissingFile")).isEmpty();
        assertThat(details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class).ebsVolumeIds()).containsExactly("vol-root", "vol-data");
    }

    @Test
    void namesTheVolumesTheFileDoesNotDescribe()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", INSTANCES)
                .file("us-east-2/ec2-describe-volumes.json", """
                        {"Volumes": [{"VolumeId": "vol-root", "VolumeType": "gp2", "Size": 8, "Iops": 100}]}
                        """)
                .importEstate();

        ResourceDetails.Ec2Instance instance = details(inventory, INSTANCE, ResourceDetails.Ec2Instance.class);
        assertThat(instance.ebsVolumes()).extracting(EbsVolume::described).containsExactly(true, false);
        assertThat(instance.storageGb()).isEqualTo(8);
        assertThat(warnings(inventory, "DanglingReference")).singleElement().satisfies(warning ->
                assertThat(warning.message()).startsWith("us-east-2/ec2-describe-volumes.json does not describe every EBS volume").contains("i-9"));
    }

    @Test
    void keepsTheVolumesThroughTheInventoryDocument()
            throws Exception
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", INSTANCES)
                .file("us-east-2/ec2-describe-volumes.json", """
                        {"Volumes": [{"VolumeId": "vol-root", "VolumeType": "gp3", "Size": 30, "Iops": 3000, "Throughput": 125, "Encrypted": true}]}
                        """)
                .importEstate();

        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);
        Inventory read = JsonDocuments.readInventory(file);

        assertThat(read).isEqualTo(inventory);
    }
}

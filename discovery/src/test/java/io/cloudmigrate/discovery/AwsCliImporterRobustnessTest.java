package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.ofType;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwsCliImporterRobustnessTest
{
    @TempDir
    Path directory;

    @Test
    void reportsAMalformedFileWithItsLineAndReadsTheRest()
            throws IOException
    {
        Path estate = EstateFixture.demoCopy(directory.resolve("demo"));
        Files.writeString(estate.resolve("us-east-1/ec2-describe-vpcs.json"), "{\n  \"Vpcs\": [\n    {\"VpcId\": \"vpc-1\",,}\n  ]\n}\n");

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(warnings(inventory, "MalformedFile")).singleElement().satisfies(warning -> {
            assertThat(warning.input()).isEqualTo("us-east-1/ec2-describe-vpcs.json");
            assertThat(warning.message()).contains("us-east-1/ec2-describe-vpcs.json").contains("line 3");
            assertThat(warning.accountId()).isEqualTo(EstateFixture.DEMO_ACCOUNT);
            assertThat(warning.region()).isEqualTo("us-east-1");
        });
        assertThat(ofType(inventory, ResourceType.VPC)).isEmpty();
        assertThat(ofType(inventory, ResourceType.EC2_INSTANCE)).hasSize(3);
        // with the VPCs gone, every reference to the VPC now dangles
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::message).anyMatch(message -> message.contains("VPC vpc-12345678"));
    }

    @Test
    void reportsAnEmptyFileAsMalformed()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/ec2-describe-instances.json", "")
                .importEstate();

        assertThat(warnings(inventory, "MalformedFile")).extracting(InventoryWarning::input).containsExactly("eu-west-1/ec2-describe-instances.json");
    }

    @Test
    void readsInstancesThatLackOptionalFields()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/ec2-describe-instances.json", """
                        {"Reservations": [{"Instances": [{"InstanceId": "i-1"}, {"InstanceId": "i-2", "Platform": "windows", "State": {"Name": "stopped"}}]},
                                          {"Instances": [{"InstanceId": "i-3", "State": {"Name": "terminated"}}]},
                                          {}]}
                        """)
                .importEstate();

        assertThat(ofType(inventory, ResourceType.EC2_INSTANCE)).extracting(Resource::id).containsExactly(
                "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", "arn:aws:ec2:eu-west-1:111111111111:instance/i-2");
        ResourceDetails.Ec2Instance bare = details(inventory, "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", ResourceDetails.Ec2Instance.class);
        assertThat(bare.platform()).isEqualTo("Linux/UNIX");
        assertThat(bare.software()).isEmpty();
        assertThat(inventory.resource("arn:aws:ec2:eu-west-1:111111111111:instance/i-1").orElseThrow().network().vpcId()).isNull();
        assertThat(details(inventory, "arn:aws:ec2:eu-west-1:111111111111:instance/i-2", ResourceDetails.Ec2Instance.class).platform()).isEqualTo("Windows");
    }

    @Test
    void readsOperatingSystemSoftwareAndStorageOfAnInstance()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-instances.json", """
                        {"Reservations": [{"Instances": [{"InstanceId": "i-9", "PlatformDetails": "Windows with SQL Server Standard",
                          "MetadataOptions": {"HttpTokens": "required"},
                          "BlockDeviceMappings": [{"Ebs": {"VolumeId": "vol-1"}}, {"Ebs": {"VolumeId": "vol-2"}}]}]}]}
                        """)
                .file("us-east-2/ec2-describe-volumes.json", """
                        {"Volumes": [{"VolumeId": "vol-1", "Size": 100}, {"VolumeId": "vol-2", "Size": 250}, {"VolumeId": "vol-3", "Size": 8}]}
                        """)
                .file("us-east-2/ssm-describe-instance-information.json", """
                        {"InstanceInformationList": [{"InstanceId": "i-9", "PlatformName": "Microsoft Windows Server 2012 R2 Standard", "PlatformVersion": "6.3.9600"}]}
                        """)
                .file("us-east-2/ssm-list-inventory-entries/i-9", """
                        {"TypeName": "AWS:Application", "InstanceId": "i-9", "Entries": [
                          {"Name": "Microsoft SQL Server 2014", "Version": "12.0.2000.8"}, {"Name": "7-Zip", "Version": "19.00"}, {"Name": "Notepad++"}]}
                        """)
                .importEstate();

        ResourceDetails.Ec2Instance instance = details(inventory, "arn:aws:ec2:us-east-2:111111111111:instance/i-9", ResourceDetails.Ec2Instance.class);
        assertThat(instance.platform()).isEqualTo("Windows with SQL Server Standard");
        assertThat(instance.operatingSystem()).isEqualTo("Microsoft Windows Server 2012 R2 Standard");
        assertThat(instance.operatingSystemVersion()).isEqualTo("6.3.9600");
        assertThat(instance.software()).containsExactly("7-Zip 19.00", "Microsoft SQL Server 2014 12.0.2000.8", "Notepad++");
        assertThat(instance.storageGb()).isEqualTo(350);
        assertThat(instance.imdsHttpTokens()).isEqualTo("required");
    }

    @Test
    void warnsWhenAFileHasTheWrongShape()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/rds-describe-db-instances.json", "{\"Vpcs\": []}")
                .importEstate();

        assertThat(warnings(inventory, "UnexpectedShape")).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("eu-west-1/rds-describe-db-instances.json").contains("DBInstances"));
    }

    @Test
    void takesNameAndCaptureTimeFromTheEstateFileUnlessANameIsGiven()
    {
        EstateFixture fixture = EstateFixture.in(directory)
                .file("cloudmigrate-estate.json", "{\"name\": \"Acme production\", \"capturedAt\": \"2026-11-01T00:00:00Z\"}")
                .account("eu-west-1", "111111111111");

        Inventory described = fixture.importEstate();
        assertThat(described.name()).isEqualTo("Acme production");
        assertThat(described.capturedAt()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(described.warnings()).isEmpty();
        assertThat(AwsCliImporter.importDirectory(directory, Optional.of("Acme staging")).name()).isEqualTo("Acme staging");
    }

    @Test
    void takesTheCaptureTimeFromTheNewestFileWhenTheEstateDoesNotSayIt()
            throws IOException
    {
        EstateFixture fixture = EstateFixture.in(directory.resolve("acme")).account("eu-west-1", "111111111111")
                .file("eu-west-1/ec2-describe-vpcs.json", "{\"Vpcs\": []}");
        Files.setLastModifiedTime(fixture.root().resolve("eu-west-1/sts-get-caller-identity.json"), FileTime.from(Instant.parse("2026-03-04T05:06:07.890Z")));
        Files.setLastModifiedTime(fixture.root().resolve("eu-west-1/ec2-describe-vpcs.json"), FileTime.from(Instant.parse("2026-03-01T00:00:00Z")));

        Inventory inventory = fixture.importEstate();

        assertThat(inventory.capturedAt()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(inventory.name()).isEqualTo("acme");
    }

    @Test
    void warnsAboutACaptureTimeItCannotRead()
    {
        Inventory inventory = EstateFixture.in(directory)
                .file("cloudmigrate-estate.json", "{\"capturedAt\": \"last Tuesday\"}")
                .account("eu-west-1", "111111111111")
                .importEstate();

        assertThat(warnings(inventory, "InvalidEstateFile")).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("last Tuesday"));
        assertThat(inventory.capturedAt()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void filesResourcesUnderAnUnknownAccountWhenNothingNamesIt()
    {
        Inventory inventory = EstateFixture.in(directory)
                .file("eu-west-1/ec2-describe-vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}")
                .importEstate();

        assertThat(inventory.scope().accounts()).containsExactly("unknown");
        assertThat(warnings(inventory, "UnknownAccount")).hasSize(1);
    }

    @Test
    void refusesADirectoryThatDoesNotExist()
    {
        assertThatThrownBy(() -> AwsCliImporter.importDirectory(directory.resolve("missing")))
                .isInstanceOfSatisfying(CloudMigrateException.class,
                        exception -> assertThat(exception.errorCode()).isEqualTo(DiscoveryErrorCode.INPUT_NOT_FOUND))
                .hasMessageContaining("missing");
    }

    @Test
    void refusesADirectoryWithoutRegionFolders()
    {
        EstateFixture.in(directory).file("notes/readme.txt", "hello");

        assertThatThrownBy(() -> AwsCliImporter.importDirectory(directory))
                .isInstanceOfSatisfying(CloudMigrateException.class,
                        exception -> assertThat(exception.errorCode()).isEqualTo(DiscoveryErrorCode.MALFORMED_INPUT))
                .hasMessageContaining("no region folders");
    }

    @Test
    void ignoresFlowLogsAndReadsFilesSavedWithOrWithoutJsonEnding()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("flow-logs/eni.log", "version account-id interface-id\n")
                .file("eu-west-1/ec2-describe-vpcs", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}")
                .file("eu-west-1/s3-list-buckets.json", "{\"Buckets\": [{\"Name\": \"logs\"}]}")
                .file("eu-west-1/s3-get-bucket-location/logs.json", "{\"LocationConstraint\": \"EU\"}")
                .file("eu-west-1/s3-get-bucket-versioning/logs", "{}")
                .file("eu-west-1/s3-get-bucket-encryption/logs",
                        "{\"ServerSideEncryptionConfiguration\": {\"Rules\": [{\"ApplyServerSideEncryptionByDefault\": {\"SSEAlgorithm\": \"aws:kms\"}}]}}")
                .importEstate();

        assertThat(inventory.warnings()).isEmpty();
        assertThat(inventory.resource("arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-1")).isPresent();
        Resource bucket = inventory.resource("arn:aws:s3:::logs").orElseThrow();
        assertThat(bucket.region()).isEqualTo("eu-west-1");
        assertThat(bucket.details()).isEqualTo(new ResourceDetails.S3Bucket("logs", null, "Disabled", "aws:kms", -1, -1, List.of()));
    }
}

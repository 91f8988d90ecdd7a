package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class MultiAccountLayoutTest
{
    private static final String VPCS = "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}";

    @TempDir
    Path directory;

    @Test
    void readsOneFolderPerAccountWithRegionFoldersInside()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("production/us-east-1", "111111111111")
                .file("production/us-east-1/ec2-describe-vpcs.json", VPCS)
                .file("production/eu-west-1/ec2-describe-vpcs.json", VPCS)
                .account("staging/us-east-1", "222222222222")
                .file("staging/us-east-1/ec2-describe-vpcs.json", VPCS)
                .file("staging/describe-regions.json", "{\"Regions\": []}")
                .importEstate();

        assertThat(inventory.scope()).isEqualTo(new Scope(List.of("111111111111", "222222222222"), List.of("eu-west-1", "us-east-1")));
        assertThat(inventory.resources()).extracting(Resource::id).containsExactly(
                "arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-1",
                "arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1",
                "arn:aws:ec2:us-east-1:222222222222:vpc/vpc-1");
        assertThat(inventory.resources()).extracting(Resource::accountId).containsExactly("111111111111", "111111111111", "222222222222");
        assertThat(warnings(inventory, "SkippedFile")).extracting(InventoryWarning::input).containsExactly("staging/describe-regions.json");
    }

    @Test
    void takesTheAccountFromOwnerFieldsWithoutCallerIdentity()
    {
        Inventory inventory = EstateFixture.in(directory)
                .file("legacy/ap-southeast-2/ec2-describe-instances.json", """
                        {"Reservations": [{"OwnerId": "333333333333", "Instances": [{"InstanceId": "i-1"}]}]}
                        """)
                .importEstate();

        assertThat(inventory.resources()).extracting(Resource::id).containsExactly("arn:aws:ec2:ap-southeast-2:333333333333:instance/i-1");
        assertThat(warnings(inventory, "UnknownAccount")).isEmpty();
    }

    @Test
    void buildsArnsInThePartitionOfTheRegion()
    {
        Inventory inventory = EstateFixture.in(directory)
                .file("cn-north-1/ec2-describe-vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"OwnerId\": \"444444444444\"}]}")
                .importEstate();

        assertThat(inventory.resources()).extracting(Resource::id).containsExactly("arn:aws-cn:ec2:cn-north-1:444444444444:vpc/vpc-1");
    }

    @Test
    void takesThePartitionFromTheArnsOfTheAccount()
    {
        Inventory inventory = EstateFixture.in(directory)
                .file("us-gov-west-1/sts-get-caller-identity.json", "{\"Account\": \"555555555555\", \"Arn\": \"arn:aws-us-gov:iam::555555555555:user/c\"}")
                .file("us-gov-west-1/ec2-describe-vpcs.json", VPCS)
                .file("us-gov-west-1/s3-list-buckets.json", "{\"Buckets\": [{\"Name\": \"records\"}]}")
                .importEstate();

        assertThat(inventory.resources()).extracting(Resource::id).containsExactly(
                "arn:aws-us-gov:ec2:us-gov-west-1:555555555555:vpc/vpc-1", "arn:aws-us-gov:s3:::records");
    }

    @Test
    void addsABucketListedInEveryRegionFolderOnce()
    {
        String buckets = "{\"Buckets\": [{\"Name\": \"assets\", \"CreationDate\": \"2020-01-01T00:00:00+00:00\"}]}";
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/s3-list-buckets.json", buckets)
                .file("us-east-1/s3-list-buckets.json", buckets)
                .file("us-east-1/s3-get-bucket-location/assets", "{\"LocationConstraint\": \"ap-south-1\"}")
                .importEstate();

        assertThat(inventory.resources()).singleElement().satisfies(bucket -> {
            assertThat(bucket.id()).isEqualTo("arn:aws:s3:::assets");
            assertThat(bucket.region()).isEqualTo("ap-south-1");
            assertThat(bucket.accountId()).isEqualTo("111111111111");
        });
        assertThat(inventory.warnings()).isEmpty();
    }
}

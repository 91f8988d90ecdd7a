package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseClusterImportTest
{
    private static final String ACCOUNT = "111111111111";
    private static final String CLUSTER = "arn:aws:rds:eu-west-1:" + ACCOUNT + ":cluster:orders";
    private static final String INSTANCES = """
            {"DBInstances": [
              {"DBInstanceIdentifier": "orders-1", "DBInstanceArn": "arn:aws:rds:eu-west-1:111111111111:db:orders-1", "DBInstanceClass": "db.r6g.large",
               "Engine": "aurora-postgresql", "EngineVersion": "15.4", "AllocatedStorage": 1, "StorageType": "aurora", "DBClusterIdentifier": "orders",
               "DBSubnetGroup": {"VpcId": "vpc-1", "Subnets": [{"SubnetIdentifier": "subnet-a"}, {"SubnetIdentifier": "subnet-b"}]},
               "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db"}]},
              {"DBInstanceIdentifier": "orders-2", "DBInstanceArn": "arn:aws:rds:eu-west-1:111111111111:db:orders-2", "DBInstanceClass": "db.r6g.large",
               "Engine": "aurora-postgresql", "EngineVersion": "15.4", "DBClusterIdentifier": "orders",
               "DBSubnetGroup": {"VpcId": "vpc-1", "Subnets": [{"SubnetIdentifier": "subnet-a"}, {"SubnetIdentifier": "subnet-b"}]}},
              {"DBInstanceIdentifier": "stray-1", "DBInstanceClass": "db.t4g.medium", "Engine": "aurora-mysql", "DBClusterIdentifier": "stray"}]}
            """;

    @TempDir
    Path directory;

    @Test
    void readsAnAuroraClusterWithItsMembersAndTheNetworkOfAMember()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", ACCOUNT)
                .file("eu-west-1/rds-describe-db-instances.json", INSTANCES)
                .file("eu-west-1/rds-describe-db-clusters.json", """
                        {"DBClusters": [{"DBClusterIdentifier": "orders", "DBClusterArn": "%s", "Engine": "aurora-postgresql", "EngineVersion": "15.4",
                          "EngineMode": "provisioned", "MultiAZ": true, "AllocatedStorage": 1, "StorageType": "aurora-iopt1", "StorageEncrypted": true,
                          "Endpoint": "orders.cluster-abc.eu-west-1.rds.amazonaws.com", "ReaderEndpoint": "orders.cluster-ro-abc.eu-west-1.rds.amazonaws.com",
                          "Port": 5432, "BackupRetentionPeriod": 14, "DeletionProtection": true, "DBSubnetGroup": "orders",
                          "ServerlessV2ScalingConfiguration": {"MinCapacity": 0.5, "MaxCapacity": 16.0},
                          "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db", "Status": "active"}],
                          "DBClusterMembers": [
                            {"DBInstanceIdentifier": "orders-2", "IsClusterWriter": false, "PromotionTier": 1},
                            {"DBInstanceIdentifier": "orders-1", "IsClusterWriter": true, "PromotionTier": 1},
                            {"DBInstanceIdentifier": "orders-3", "IsClusterWriter": false}],
                          "TagList": [{"Key": "Name", "Value": "orders-db"}, {"Key": "app", "Value": "orders"}]}]}
                        """.formatted(CLUSTER))
                .importEstate();

        Resource cluster = inventory.resource(CLUSTER).orElseThrow();
        assertThat(cluster.type()).isEqualTo(ResourceType.RDS_DB_CLUSTER);
        assertThat(cluster.name()).isEqualTo("orders-db");
        assertThat(cluster.tags()).containsEntry("app", "orders");
        assertThat(cluster.network().vpcId()).isEqualTo("vpc-1");
        assertThat(cluster.network().subnetIds()).containsExactly("subnet-a", "subnet-b");
        assertThat(cluster.network().securityGroupIds()).containsExactly("sg-db");
        assertThat(cluster.details()).isEqualTo(new ResourceDetails.RdsDbCluster("orders", "aurora-postgresql", "15.4", "provisioned",
                List.of(new ResourceDetails.ClusterMember("orders-1", true), new ResourceDetails.ClusterMember("orders-2", false),
                        new ResourceDetails.ClusterMember("orders-3", false)),
                true, 1, "aurora-iopt1", 0, true, null, "0.5-16", "orders.cluster-abc.eu-west-1.rds.amazonaws.com",
                "orders.cluster-ro-abc.eu-west-1.rds.amazonaws.com", 5432, 14, true, null, null));
        assertThat(details(inventory, "arn:aws:rds:eu-west-1:" + ACCOUNT + ":db:orders-2", ResourceDetails.RdsDbInstance.class).dbClusterIdentifier())
                .isEqualTo("orders");
        // the member the instance output lacks, and the instance naming a cluster the cluster output lacks
        assertThat(membershipWarnings(inventory)).extracting(InventoryWarning::message).containsExactlyInAnyOrder(
                CLUSTER + " names DB instance orders-3, which is not in eu-west-1/rds-describe-db-instances.json of 111111111111/eu-west-1",
                "arn:aws:rds:eu-west-1:111111111111:db:stray-1 names DB cluster stray, which is not in eu-west-1/rds-describe-db-clusters.json of 111111111111/eu-west-1");
    }

    @Test
    void readsMembersAloneAndWithoutWarningWhenNoClusterOutputWasSaved()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", ACCOUNT)
                .file("eu-west-1/rds-describe-db-instances.json", INSTANCES)
                .importEstate();

        assertThat(EstateFixture.ofType(inventory, ResourceType.RDS_DB_CLUSTER)).isEmpty();
        assertThat(EstateFixture.ofType(inventory, ResourceType.RDS_DB_INSTANCE)).hasSize(3);
        assertThat(membershipWarnings(inventory)).isEmpty();
    }

    @Test
    void readsAMultiAzDbClusterWithItsInstanceClassAndStorage()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", ACCOUNT)
                .file("eu-west-1/rds-describe-db-clusters.json", """
                        {"DBClusters": [{"DBClusterIdentifier": "ledger", "Engine": "postgres", "EngineVersion": "16.3", "MultiAZ": true,
                          "AllocatedStorage": 400, "StorageType": "io1", "Iops": 3000, "DBClusterInstanceClass": "db.m6gd.large", "Port": 5432}]}
                        """)
                .importEstate();

        ResourceDetails.RdsDbCluster ledger = details(inventory, "arn:aws:rds:eu-west-1:" + ACCOUNT + ":cluster:ledger", ResourceDetails.RdsDbCluster.class);
        assertThat(ledger.aurora()).isFalse();
        assertThat(ledger.dbClusterInstanceClass()).isEqualTo("db.m6gd.large");
        assertThat(ledger.allocatedStorageGb()).isEqualTo(400);
        assertThat(ledger.storageType()).isEqualTo("io1");
        assertThat(ledger.iops()).isEqualTo(3000);
        assertThat(ledger.members()).isEmpty();
    }

    /** Dangling references about membership; the fixtures leave out the network, whose references are checked elsewhere. */
    private static List<InventoryWarning> membershipWarnings(Inventory inventory)
    {
        return warnings(inventory, "DanglingReference").stream()
                .filter(warning -> !warning.message().matches(".* names (VPC|subnet|security group) .*"))
                .toList();
    }
}

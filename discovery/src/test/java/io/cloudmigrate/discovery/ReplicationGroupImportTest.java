package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class ReplicationGroupImportTest
{
    private static final String ACCOUNT = "111111111111";
    private static final String GROUP = "arn:aws:elasticache:us-east-1:" + ACCOUNT + ":replicationgroup:sessions";

    @TempDir
    Path directory;

    @Test
    void readsAGroupAndTakesEngineVersionSecurityGroupsAndVpcFromItsMembers()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/ec2-describe-security-groups.json", """
                        {"SecurityGroups": [{"GroupId": "sg-cache", "GroupName": "cache", "VpcId": "vpc-1"}]}
                        """)
                .file("us-east-1/elasticache-describe-cache-clusters.json", """
                        {"CacheClusters": [
                          {"CacheClusterId": "sessions-001", "CacheNodeType": "cache.r6g.large", "Engine": "redis", "EngineVersion": "7.1.0",
                           "NumCacheNodes": 1, "ReplicationGroupId": "sessions", "SecurityGroups": [{"SecurityGroupId": "sg-cache"}]},
                          {"CacheClusterId": "sessions-002", "CacheNodeType": "cache.r6g.large", "Engine": "redis", "EngineVersion": "7.1.0",
                           "NumCacheNodes": 1, "ReplicationGroupId": "sessions", "SecurityGroups": [{"SecurityGroupId": "sg-cache"}]},
                          {"CacheClusterId": "orphan-001", "Engine": "redis", "ReplicationGroupId": "orphan"}]}
                        """)
                .file("us-east-1/elasticache-describe-replication-groups.json", """
                        {"ReplicationGroups": [{"ReplicationGroupId": "sessions", "Description": "user sessions", "Status": "available",
                          "MemberClusters": ["sessions-001", "sessions-002", "sessions-003"],
                          "NodeGroups": [{"NodeGroupId": "0001", "PrimaryEndpoint": {"Address": "sessions.abc.ng.0001.use1.cache.amazonaws.com", "Port": 6379}}],
                          "AutomaticFailover": "enabled", "MultiAZ": "enabled", "ClusterEnabled": false, "CacheNodeType": "cache.r6g.large",
                          "TransitEncryptionEnabled": true, "AtRestEncryptionEnabled": true, "SnapshotRetentionLimit": 5,
                          "ARN": "%s"}]}
                        """.formatted(GROUP))
                .importEstate();

        Resource group = inventory.resource(GROUP).orElseThrow();
        assertThat(group.type()).isEqualTo(ResourceType.ELASTICACHE_REPLICATION_GROUP);
        assertThat(group.network().vpcId()).isEqualTo("vpc-1");
        assertThat(group.network().securityGroupIds()).containsExactly("sg-cache");
        // no Engine field, as older CLIs print it: the members say redis
        assertThat(group.details()).isEqualTo(new ResourceDetails.ElastiCacheReplicationGroup("sessions", "user sessions", "redis", "7.1.0", "cache.r6g.large",
                List.of("sessions-001", "sessions-002", "sessions-003"), 1, false, "enabled", true, true, true, 6379, 5));
        assertThat(membershipWarnings(inventory)).extracting(InventoryWarning::message).containsExactlyInAnyOrder(
                GROUP + " names cache cluster sessions-003, which is not in us-east-1/elasticache-describe-cache-clusters.json of 111111111111/us-east-1",
                "arn:aws:elasticache:us-east-1:111111111111:cluster:orphan-001 names replication group orphan, which is not in "
                        + "us-east-1/elasticache-describe-replication-groups.json of 111111111111/us-east-1");
    }

    @Test
    void placesClustersAndTheirGroupInTheSubnetsOfTheirCacheSubnetGroup()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/ec2-describe-security-groups.json", """
                        {"SecurityGroups": [{"GroupId": "sg-cache", "GroupName": "cache", "VpcId": "vpc-from-security-group"}]}
                        """)
                .file("us-east-1/elasticache-describe-cache-subnet-groups.json", """
                        {"CacheSubnetGroups": [{"CacheSubnetGroupName": "private-cache", "VpcId": "vpc-1",
                          "Subnets": [{"SubnetIdentifier": "subnet-a", "SubnetAvailabilityZone": {"Name": "us-east-1a"}},
                                      {"SubnetIdentifier": "subnet-b", "SubnetAvailabilityZone": {"Name": "us-east-1b"}}]}]}
                        """)
                .file("us-east-1/elasticache-describe-cache-clusters.json", """
                        {"CacheClusters": [
                          {"CacheClusterId": "sessions-001", "Engine": "redis", "ReplicationGroupId": "sessions", "CacheSubnetGroupName": "private-cache",
                           "SecurityGroups": [{"SecurityGroupId": "sg-cache"}]},
                          {"CacheClusterId": "legacy", "Engine": "memcached", "CacheSubnetGroupName": "not-listed",
                           "SecurityGroups": [{"SecurityGroupId": "sg-cache"}]}]}
                        """)
                .file("us-east-1/elasticache-describe-replication-groups.json", """
                        {"ReplicationGroups": [{"ReplicationGroupId": "sessions", "MemberClusters": ["sessions-001"], "ARN": "%s"}]}
                        """.formatted(GROUP))
                .importEstate();

        Resource node = inventory.resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:sessions-001").orElseThrow();
        assertThat(node.network().vpcId()).isEqualTo("vpc-1");
        assertThat(node.network().subnetIds()).containsExactly("subnet-a", "subnet-b");
        assertThat(inventory.resource(GROUP).orElseThrow().network().subnetIds()).containsExactly("subnet-a", "subnet-b");
        Resource legacy = inventory.resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:legacy").orElseThrow();
        assertThat(legacy.network().vpcId()).isEqualTo("vpc-from-security-group");
        assertThat(legacy.network().subnetIds()).isEmpty();
        assertThat(inventory.warnings()).noneMatch(warning -> warning.input() != null && warning.input().contains("cache-subnet-groups"));
    }

    @Test
    void readsTheShardsOfAGroupInClusterMode()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/elasticache-describe-replication-groups.json", """
                        {"ReplicationGroups": [{"ReplicationGroupId": "feed", "Engine": "valkey", "ClusterEnabled": true, "CacheNodeType": "cache.m7g.large",
                          "MemberClusters": ["feed-0001-001", "feed-0001-002", "feed-0002-001", "feed-0002-002"],
                          "NodeGroups": [{"NodeGroupId": "0001"}, {"NodeGroupId": "0002"}],
                          "ConfigurationEndpoint": {"Address": "feed.abc.clustercfg.use1.cache.amazonaws.com", "Port": 6380}}]}
                        """)
                .importEstate();

        ResourceDetails.ElastiCacheReplicationGroup feed = EstateFixture.details(inventory,
                "arn:aws:elasticache:us-east-1:" + ACCOUNT + ":replicationgroup:feed", ResourceDetails.ElastiCacheReplicationGroup.class);
        assertThat(feed.engine()).isEqualTo("valkey");
        assertThat(feed.clusterEnabled()).isTrue();
        assertThat(feed.nodeGroups()).isEqualTo(2);
        assertThat(feed.port()).isEqualTo(6380);
        assertThat(feed.engineVersion()).isNull();
    }

    /** Dangling references about membership; the fixtures leave out the network, whose references are checked elsewhere. */
    private static List<InventoryWarning> membershipWarnings(Inventory inventory)
    {
        return warnings(inventory, "DanglingReference").stream()
                .filter(warning -> !warning.message().matches(".* names (VPC|subnet|security group) .*"))
                .toList();
    }
}

package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipsTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String OTHER_ACCOUNT = "444455556666";

    @Test
    void takesMembershipFromTheClusterSideAndFromTheMemberSide()
    {
        // ledger lists ledger-1 only; ledger-2 names ledger itself; carts lists carts-001, whose node does not name it.
        Resource ledger = cluster(ACCOUNT, "ledger", "ledger-1");
        Resource listedOnly = instance(ACCOUNT, "ledger-1", null);
        Resource namingOnly = instance(ACCOUNT, "ledger-2", "ledger");
        Resource standalone = instance(ACCOUNT, "reports", null);
        Resource carts = group(ACCOUNT, "carts", "carts-001");
        Resource node = cache(ACCOUNT, "carts-001", null);
        Resource otherNode = cache(ACCOUNT, "carts-002", "carts");

        assertThat(Memberships.groupsByMember(List.of(standalone, node, ledger, listedOnly, otherNode, namingOnly, carts))).isEqualTo(Map.of(
                listedOnly.id(), ledger.id(),
                namingOnly.id(), ledger.id(),
                node.id(), carts.id(),
                otherNode.id(), carts.id()));
    }

    @Test
    void matchesIdentifiersOnlyWithinOneAccountAndRegion()
    {
        Resource ledger = cluster(ACCOUNT, "ledger", "ledger-1");
        Resource sameName = instance(OTHER_ACCOUNT, "ledger-1", null);
        Resource namingTheOther = instance(OTHER_ACCOUNT, "ledger-2", "ledger");

        assertThat(Memberships.groupsByMember(List.of(ledger, sameName, namingTheOther))).isEmpty();
    }

    @Test
    void letsTheMembersOwnReferenceWinWhenTwoClustersClaimIt()
    {
        Resource first = cluster(ACCOUNT, "first", "shared-1");
        Resource second = cluster(ACCOUNT, "second", "shared-1");
        Resource member = instance(ACCOUNT, "shared-1", "second");

        assertThat(Memberships.groupsByMember(List.of(first, second, member))).isEqualTo(Map.of(member.id(), second.id()));
        assertThat(Memberships.groupsByMember(List.of(first, second, instance(ACCOUNT, "shared-1", null))))
                .isEqualTo(Map.of(instance(ACCOUNT, "shared-1", null).id(), first.id()));
    }

    @Test
    void matchesNothingOnAMissingIdentifier()
    {
        Resource cluster = cluster(ACCOUNT, "ledger", (String) null);
        Resource nameless = new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:nameless", ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", "nameless",
                Map.of(), null, new ResourceDetails.RdsDbInstance(null, "db.r6g.large", "aurora-postgresql", "16.4", null, 1, "aurora", false, false, null, 5432, null));

        assertThat(Memberships.groupsByMember(List.of(cluster, nameless))).isEmpty();
    }

    private static Resource cluster(String account, String name, String... members)
    {
        return new Resource("arn:aws:rds:us-east-1:" + account + ":cluster:" + name, ResourceType.RDS_DB_CLUSTER, account, "us-east-1", name, Map.of(), null,
                new ResourceDetails.RdsDbCluster(name, "aurora-postgresql", "16.4", "provisioned",
                        Arrays.stream(members).map(member -> new ResourceDetails.ClusterMember(member, false)).toList(),
                        true, 1, "aurora", 0, true, null, null, name + ".example", null, 5432, 7, true, null, null));
    }

    private static Resource instance(String account, String name, String cluster)
    {
        return new Resource("arn:aws:rds:us-east-1:" + account + ":db:" + name, ResourceType.RDS_DB_INSTANCE, account, "us-east-1", name, Map.of(), null,
                new ResourceDetails.RdsDbInstance(name, "db.r6g.large", "aurora-postgresql", "16.4", null, 1, "aurora", false, false, name + ".example", 5432, null, cluster));
    }

    private static Resource group(String account, String name, String... members)
    {
        return new Resource("arn:aws:elasticache:us-east-1:" + account + ":replicationgroup:" + name, ResourceType.ELASTICACHE_REPLICATION_GROUP, account,
                "us-east-1", name, Map.of(), null,
                new ResourceDetails.ElastiCacheReplicationGroup(name, name, "redis", "7.1", "cache.t4g.small", List.of(members), 1, false, "enabled", true, true,
                        true, 6379, 1));
    }

    private static Resource cache(String account, String name, String group)
    {
        return new Resource("arn:aws:elasticache:us-east-1:" + account + ":cluster:" + name, ResourceType.ELASTICACHE_CLUSTER, account, "us-east-1", name,
                Map.of(), null, new ResourceDetails.ElastiCacheCluster(name, "cache.t4g.small", "redis", "7.1", 1, group, 6379));
    }
}

package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

class ClusterAndTaskPricingTest
{
    private static final String ACCOUNT = "111122223333";
    private static final Duration MONTH = Duration.ofHours(730);

    private final CostModel model = CostModel.create();

    @Test
    void pricesAnAuroraMemberByItsInstanceAndLeavesStorageToTheCluster()
    {
        Resource cluster = cluster("ledger", "aurora-postgresql", 1, "aurora", null);
        Resource member = member("ledger-1", "ledger");

        List<CostEstimate> costs = model.estimate(inventory(cluster, member), graph(cluster, member), AS_OF, MONTH);

        CostEstimate clusterCost = costs.getFirst();
        assertThat(clusterCost.resourceId()).isEqualTo(cluster.id());
        assertThat(clusterCost.currentMonthlyUsd()).isZero();
        assertThat(clusterCost.basis()).contains("instances priced on the member DB instances");
        assertThat(clusterCost.unpriced()).extracting(UnpricedItem::item).containsExactly("Aurora cluster storage");
        CostEstimate memberCost = costs.get(1);
        // db.m5.large has no price in the snapshot, and no storage of its own
        assertThat(memberCost.currentMonthlyUsd()).isZero();
        assertThat(memberCost.unpriced()).extracting(UnpricedItem::item).containsExactly("RDS aurora-postgresql db.m5.large instance hours");
        assertThat(memberCost.basis()).contains("storage priced on DB cluster ledger");
        // the cluster carries the move's work; a member moves with it at a quarter of the base
        assertThat(clusterCost.forStrategy(Strategy.RELOCATE)).map(StrategyCost::oneOffUsd).hasValue(1200.0);
        assertThat(memberCost.forStrategy(Strategy.RELOCATE)).map(StrategyCost::oneOffUsd).hasValue(300.0);
    }

    @Test
    void leavesMultiAzDbClusterStorageUnpricedRatherThanPricingItAsInstanceStorage()
    {
        Resource cluster = cluster("payments", "postgres", 400, "io1", "db.m6gd.large");

        CostEstimate cost = model.estimate(inventory(cluster), graph(cluster), AS_OF, MONTH).getFirst();

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly("Multi-AZ DB cluster storage (400 GB)");
    }

    @Test
    void pricesFargateFromTheTaskSizeOfTheTaskDefinition()
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/cart:7", "cart", 7,
                List.of("EC2"), List.of("EC2"), "bridge", 0, 0, null, null, null, null, List.of(), List.of(
                        new ResourceDetails.Container("app", "cart:1.4", 1536, 3072, false, true),
                        new ResourceDetails.Container("log-router", "fluent-bit:2", 512, 1024, false, false)));
        Resource service = new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/cart", ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", "cart", Map.of(),
                null, new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop", "cart", "EC2", 3, 3, definition.taskDefinitionArn(),
                        List.of(), "REPLICA", definition));

        CostEstimate cost = model.estimate(inventory(service), graph(service), AS_OF, MONTH).getFirst();

        // the containers add up to 2 vCPU and 4 GB per task, and three tasks run
        PriceCatalog prices = PriceCatalog.bundled();
        double task = 730 * (2 * prices.price("us-east-1", "fargate.vcpu-hour.x86_64").orElseThrow() + 4 * prices.price("us-east-1", "fargate.gb-hour.x86_64").orElseThrow());
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).hasValueSatisfying(strategy -> {
            assertThat(strategy.target()).isEqualTo("AWS Fargate, 3 tasks");
            assertThat(strategy.targetMonthlyUsd()).isEqualTo(Math.round(3 * task * 100) / 100.0);
        });
        assertThat(cost.basis()).contains("ECS task size from task definition cart:7: 2 vCPU / 4 GB per task for Fargate");
    }

    private static Resource cluster(String name, String engine, int storageGb, String storageType, String instanceClass)
    {
        return new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":cluster:" + name, ResourceType.RDS_DB_CLUSTER, ACCOUNT, "us-east-1", name, Map.of(), null,
                new ResourceDetails.RdsDbCluster(name, engine, "16.4", "provisioned", List.of(new ResourceDetails.ClusterMember(name + "-1", true)), true,
                        storageGb, storageType, 0, true, instanceClass, null, name + ".example", null, 5432, 7, true, null, null));
    }

    private static Resource member(String name, String cluster)
    {
        return new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:" + name, ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", name, Map.of(), null,
                new ResourceDetails.RdsDbInstance(name, "db.m5.large", "aurora-postgresql", "16.4", null, 1, "aurora", false, false, name + ".example", 5432, null, cluster));
    }
}

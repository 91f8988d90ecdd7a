package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.classicLoadBalancer;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.metric;
import static io.cloudmigrate.scoring.Estates.observed;
import static io.cloudmigrate.scoring.Estates.rds;
import static io.cloudmigrate.scoring.Estates.utilization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SnapshotCostModelTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final CostModel model = CostModel.create();

    @Test
    void pricesALinuxInstanceAtTheSnapshotPriceFor730Hours()
    {
        Resource web = ec2("web").build();

        CostEstimate cost = estimate(web);

        assertThat(PriceCatalog.bundled().price("us-east-1", "ec2.linux.m5.large")).hasValue(0.096);
        assertThat(cost.currentMonthlyUsd()).isEqualTo(70.08);
        assertThat(cost.trafficMonthlyUsd()).isZero();
        assertThat(cost.byStrategy())
                .extracting(StrategyCost::strategy, StrategyCost::target, StrategyCost::targetMonthlyUsd, StrategyCost::oneOffUsd)
                .containsExactly(
                        tuple(Strategy.RETIRE, "decommissioned (final snapshot or archive kept)", 0.0, 600.0),
                        tuple(Strategy.RETAIN, "EC2 m5.large (unchanged)", 70.08, 0.0),
                        tuple(Strategy.RELOCATE, "EC2 m5.large in the target account, VPC or Region", 70.08, 1224.0),
                        tuple(Strategy.REHOST, "EC2 m5.large (same size)", 70.08, 2424.0),
                        tuple(Strategy.REPLATFORM, "EC2 m7g.large (AWS Graviton)", 59.57, 6024.0),
                        tuple(Strategy.REFACTOR, "AWS Fargate task, 2 vCPU / 8 GB", 85.06, 24024.0));
        assertThat(cost.basis()).startsWith("AWS on-demand list prices, US East (N. Virginia) (us-east-1), snapshot 2025-06 (aws-price-watcher), 730 h/month");
        assertThat(cost.sources()).extracting(PriceSource::published).containsExactly("2025-06");
        // the snapshot has no Reserved offers, so no committed price is claimed
        assertThat(cost.byStrategy()).extracting(StrategyCost::committed).containsOnlyNulls();
    }

    @Test
    void leavesEbsStorageUnpricedOnTodaysRunRateAndEveryEc2Target()
    {
        Resource web = ec2("web").storageGb(120).build();

        CostEstimate cost = estimate(web);

        UnpricedItem ebs = new UnpricedItem("EBS storage (120 GB)",
                "the inventory does not say the volume types, which set the price; scan or import it again with ec2 DescribeVolumes");
        assertThat(cost.unpriced()).containsExactly(ebs);
        assertThat(cost.forStrategy(Strategy.REHOST)).map(StrategyCost::unpriced).hasValue(List.of(ebs));
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).map(StrategyCost::unpriced).hasValue(List.of(ebs));
        assertThat(cost.forStrategy(Strategy.RETIRE)).map(StrategyCost::unpriced).hasValue(List.of());
    }

    @Test
    void leavesWindowsUnpricedRatherThanBorrowingTheFargateLicenceFee()
    {
        Resource host = ec2("windows").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348").storageGb(0).build();

        CostEstimate cost = estimate(host);

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("EC2 m5.large windows instance hours",
                "no ec2.windows.m5.large price for us-east-1 in the prices published 2025-06"));
        assertThat(cost.basis()).doesNotContain("licence fee");
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).isEmpty();
    }

    @Test
    void pricesSelfManagedMysqlOnRdsWithALabelledEstimate()
    {
        Resource database = ec2("mysql").operatingSystem("Amazon Linux", "2023").software("MySQL Server 8.4.2").storageGb(100).build();

        CostEstimate cost = estimate(database);

        // 100 GB × 0.115 gp3; the snapshot has no RDS instance prices, and no EC2 price stands in for one
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).hasValueSatisfying(strategy -> {
            assertThat(strategy.target()).isEqualTo("Amazon RDS for MySQL, db.m5.large");
            assertThat(strategy.targetMonthlyUsd()).isEqualTo(11.5);
            assertThat(strategy.unpriced()).extracting(UnpricedItem::item).containsExactly("RDS mysql db.m5.large instance hours");
        });
        assertThat(cost.forStrategy(Strategy.REFACTOR)).isEmpty();
        assertThat(cost.basis()).doesNotContain("× 1.8");
    }

    @Test
    void pricesRdsStorageAndLeavesTheInstanceClassUnpriced()
    {
        Resource database = rds("orders", "postgres", "16.4", "db.m5.large", 100, Map.of());

        CostEstimate cost = estimate(database);

        // 100 GB × 0.115 gp2 Single-AZ
        assertThat(cost.currentMonthlyUsd()).isEqualTo(11.5);
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly("RDS postgres db.m5.large instance hours");
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).isEmpty();
        assertThat(cost.forStrategy(Strategy.REHOST)).isEmpty();
    }

    @Test
    void replatformsAClassicLoadBalancerToAnApplicationLoadBalancer()
    {
        Resource balancer = classicLoadBalancer("legacy", "HTTP");

        CostEstimate cost = estimate(balancer);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(18.25);
        // 0.0225 per hour × 730 = 16.425, rounded half up; its capacity units are not measured, so they are not guessed
        assertThat(cost.forStrategy(Strategy.REPLATFORM)).hasValueSatisfying(strategy -> {
            assertThat(strategy.target()).isEqualTo("Application Load Balancer");
            assertThat(strategy.targetMonthlyUsd()).isEqualTo(16.43);
            assertThat(strategy.unpriced()).extracting(UnpricedItem::item).containsExactly("application load balancer capacity units (LCU)");
        });
    }

    @Test
    void rightSizesARehostWhileTheCpuP95Allows()
    {
        Resource big = ec2("big").instanceType("m5.2xlarge").build();
        Inventory inventory = inventory(List.of(big), List.of(), List.of(utilization(big, metric(MetricName.CPU_UTILIZATION, 6, 12))));

        CostEstimate cost = model.estimate(inventory, graph(big), AS_OF, MONTH).getFirst();

        assertThat(cost.currentMonthlyUsd()).isEqualTo(280.32);
        assertThat(cost.forStrategy(Strategy.REHOST)).hasValueSatisfying(strategy -> {
            assertThat(strategy.target()).isEqualTo("EC2 m5.large (right-sized from m5.2xlarge: CPU p95 12%)");
            assertThat(strategy.targetMonthlyUsd()).isEqualTo(70.08);
        });
    }

    @Test
    void refactorsALowDutyCycleToLambdaPricedByBusyVcpuTime()
    {
        Resource batch = ec2("batch").build();
        Inventory inventory = inventory(List.of(batch), List.of(), List.of(utilization(batch, metric(MetricName.CPU_UTILIZATION, 2, 20))));

        CostEstimate cost = model.estimate(inventory, graph(batch), AS_OF, MONTH).getFirst();

        // 2 vCPU × 2% × 730 h × 3600 s × 1.769 GB × 0.0000166667 USD per GB-second
        assertThat(cost.forStrategy(Strategy.REFACTOR)).hasValueSatisfying(strategy -> {
            assertThat(strategy.target()).isEqualTo("AWS Lambda (low duty cycle)");
            assertThat(strategy.targetMonthlyUsd()).isEqualTo(3.10);
        });
    }

    @Test
    void chargesInternetAndCrossRegionTrafficToTheServerEnd()
    {
        Resource web = ec2("web").build();
        Resource client = ec2("client").region("eu-west-1").build();
        Resource database = rds("orders", "postgres", "16.4", "db.m5.large", 20, Map.of());
        GraphAnalysis graph = graph(List.of(web, client, database), List.of(
                observed("internet", web.id(), (long) (10 * GIB)),
                observed(client.id(), database.id(), (long) (5 * GIB)),
                observed(web.id(), database.id(), (long) (50 * GIB))),
                List.of());

        List<CostEstimate> costs = model.estimate(inventory(web, client, database), graph, AS_OF, Duration.ofDays(7));

        // 10 GiB in 7 days → 43.45 GiB a month at 0.09; 5 GiB → 21.73 GiB at 0.02 (us-east-1 → eu-west-1); same-region traffic is free.
        assertThat(costs).extracting(CostEstimate::resourceId, CostEstimate::trafficMonthlyUsd).containsExactly(
                tuple(client.id(), 0.0),
                tuple(web.id(), 3.91),
                tuple(database.id(), 0.43));
        assertThat(costs.get(1).basis()).contains("traffic: 43.5 GB/month to the internet, 0.0 GB/month across regions and 0.0 GB/month across Availability Zones, scaled from 7 days of flow logs");
    }

    @Test
    void leavesARegionTheSnapshotLacksUnpricedRatherThanBorrowingUsEast1()
    {
        Resource web = ec2("web").region("sa-east-1").storageGb(0).build();

        CostEstimate cost = estimate(web);

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("EC2 m5.large linux instance hours", "the prices published 2025-06 do not cover sa-east-1"));
        assertThat(cost.basis()).contains("(sa-east-1), which the price source does not cover").doesNotContain("us-east-1");
    }

    @Test
    void givesTheSameFiguresOnEveryRun()
    {
        Resource web = ec2("web").build();
        Resource database = rds("orders", "mysql", "8.0.35", "db.r5.xlarge", 250, Map.of());

        assertThat(model.estimate(inventory(web, database), graph(web, database), AS_OF, MONTH))
                .isEqualTo(CostModel.create().estimate(inventory(web, database), graph(web, database), AS_OF, MONTH));
    }

    private CostEstimate estimate(Resource resource)
    {
        return model.estimate(inventory(resource), graph(resource), AS_OF, MONTH).getFirst();
    }
}

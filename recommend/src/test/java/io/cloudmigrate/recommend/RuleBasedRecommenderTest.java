package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.cache;
import static io.cloudmigrate.recommend.Workloads.classicLoadBalancer;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.ecsService;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.lambda;
import static io.cloudmigrate.recommend.Workloads.memory;
import static io.cloudmigrate.recommend.Workloads.metric;
import static io.cloudmigrate.recommend.Workloads.observed;
import static io.cloudmigrate.recommend.Workloads.rds;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RuleBasedRecommenderTest
{
    private static final String WINDOWS_2012 = "Microsoft Windows Server 2012 R2 Standard";

    private final Recommender recommender = Recommender.ruleBased();

    @Test
    void retiresAZombieInstanceThatNothingDependsOn()
    {
        Resource idle = ec2("idle").build();

        Recommendation recommendation = recommend(idle, usage(idle, cpu(2, 4), memory(3)));

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETIRE);
        assertThat(recommendation.ruleId()).isEqualTo("B1");
        assertThat(recommendation.target()).isNull();
        assertThat(recommendation.confidence()).isEqualTo(0.8);
        assertThat(recommendation.evidence()).containsExactly("cpuAverage=2.0%", "windowDays=90", "memoryAverage=3.0%", "inboundDependencies=0");
        assertThat(recommendation.reason()).isEqualTo("Average CPU 2.0% and memory 3.0% over 90 days, below the 5% of a zombie workload "
                + "(AWS Large Migration Guide) and nothing depends on it: retire it after a final snapshot or archive.");
    }

    @Test
    void trustsAZombieLessWithoutMemoryMetrics()
    {
        Resource idle = ec2("idle").build();

        Recommendation recommendation = recommend(idle, usage(idle, cpu(2, 4)));

        assertThat(recommendation.ruleId()).isEqualTo("B1");
        assertThat(recommendation.confidence()).isEqualTo(0.65);
    }

    @Test
    void retainsAnIdleInstanceThatOthersDependOnInsteadOfRetiringIt()
    {
        Resource idle = ec2("idle").build();
        Resource web = ec2("web").build();

        Recommendation recommendation = recommend(List.of(idle, web), List.of(observed(web, idle, 1_000)),
                List.of(usage(idle, cpu(2, 4), memory(3)), usage(web, cpu(40, 70))), BusinessGoals.DEFAULT).getFirst();

        assertThat(recommendation.resourceId()).isEqualTo(idle.id());
        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("B5");
        assertThat(recommendation.reason()).contains("but 1 resource depends on it (web): retain it (blocked)");
        assertThat(recommendation.evidence()).contains("inboundDependencies=1", "matched=B1");
    }

    @Test
    void doesNotMistakeANightlyBatchJobForAnIdleOne()
    {
        Resource batch = ec2("batch").tag("env", "dev").build();

        Recommendation recommendation = recommend(batch, usage(batch, cpu(7, 48)));

        assertThat(recommendation.strategy()).isNotEqualTo(Strategy.RETIRE);
        assertThat(recommendation.ruleId()).isNotIn("B1", "B2", "B5");
    }

    @Test
    void retiresAVolumeAttachedToNothingAfterAFinalSnapshot()
    {
        Resource volume = Workloads.unattachedVolume("vol-spare", Workloads.OWNED);

        Recommendation recommendation = recommend(List.of(volume), List.of(), List.of(), BusinessGoals.DEFAULT).getFirst();

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETIRE);
        assertThat(recommendation.ruleId()).isEqualTo("B3");
        assertThat(recommendation.evidence()).containsExactly("attachments=0", "state=available", "inboundDependencies=0");
        assertThat(recommendation.reason()).startsWith("EBS volume vol-spare is attached to no instance (state available)")
                .endsWith("retire it after a final snapshot or archive.");
    }

    @Test
    void keepsAVolumeAttachedToNothingUnderALegalHold()
    {
        Resource volume = Workloads.unattachedVolume("vol-evidence", Map.of("owner", "legal", "app", "case-42", "legal-hold", "2026-case-42"));

        Recommendation recommendation = recommend(List.of(volume), List.of(), List.of(), BusinessGoals.DEFAULT).getFirst();

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("C1");
    }

    @Test
    void retiresAnIdleDevelopmentInstanceAndAFunctionNobodyCalls()
    {
        Resource development = ec2("scratch").tag("env", "dev").build();
        Resource function = lambda("unused", "python3.13");

        List<Recommendation> recommendations = recommend(List.of(development, function), List.of(),
                List.of(usage(development, cpu(12, 30)), usage(function, metric(MetricName.INVOCATIONS, 0, 0))), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::ruleId, Recommendation::strategy)
                .containsExactly(tuple("B2", Strategy.RETIRE), tuple("B3", Strategy.RETIRE));
        assertThat(recommendations.getFirst().evidence()).contains("idleSign=environment dev");
    }

    @Test
    void keepsAResourceOnLegalHoldEvenWhenIdleAndPastEndOfSupport()
    {
        Resource held = ec2("archive").operatingSystem(WINDOWS_2012, "6.3.9600").tag("legal-hold", "true").build();

        Recommendation recommendation = recommend(held, usage(held, cpu(1, 2), memory(2)));

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("C1");
        assertThat(recommendation.reason()).isEqualTo("Tagged legal-hold=true: keep it as it is until the hold is lifted.");
    }

    @Test
    void retainsAnUnknownApplicationThatIsInUse()
    {
        Resource unknown = ec2("mystery").untagged().build();

        Recommendation recommendation = recommend(unknown, usage(unknown, cpu(40, 70)));

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("C3");
        assertThat(recommendation.evidence()).contains("inUse=average CPU 40.0%");
    }

    @Test
    void replatformsWindowsServer2012ByUpgradingTheOperatingSystem()
    {
        Resource legacy = ec2("legacy").operatingSystem(WINDOWS_2012, "6.3.9600").build();

        Recommendation recommendation = recommend(legacy, usage(legacy, cpu(35, 60)));

        assertThat(recommendation.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(recommendation.ruleId()).isEqualTo("F1");
        assertThat(recommendation.target()).isEqualTo("Windows Server 2022 on EC2");
        assertThat(recommendation.reason())
                .isEqualTo(WINDOWS_2012 + " reached end of support on 2023-10-10 (Microsoft lifecycle); upgrade to Windows Server 2022 on EC2.");
        assertThat(recommendation.evidence()).contains("lifecycle=windows-server-2012", "supportEnds=2023-10-10", "status=UNSUPPORTED",
                "source=https://learn.microsoft.com/lifecycle/products/windows-server-2012-r2");
        assertThat(recommendation.confidence()).isEqualTo(0.9);
    }

    @Test
    void retiresBeforeItUpgradesAnIdleHostPastEndOfSupport()
    {
        Resource legacy = ec2("legacy").operatingSystem(WINDOWS_2012, "6.3.9600").build();

        assertThat(recommend(legacy, usage(legacy, cpu(1, 2), memory(2))).ruleId()).isEqualTo("B1");
    }

    @Test
    void letsAModernisationGoalTurnAForcedUpgradeIntoARefactor()
    {
        // Support ends within the horizon but has not ended, so the idle rule B2 does not see an end-of-life host.
        Resource batch = ec2("batch").operatingSystem("Microsoft Windows Server 2016 Datacenter", "10.0.14393").tag("Environment", "production").build();
        Utilization spiky = usage(batch, cpu(6, 45));

        Recommendation byDefault = recommend(List.of(batch), List.of(), List.of(spiky), BusinessGoals.DEFAULT).getFirst();
        Recommendation modernising = recommend(List.of(batch), List.of(), List.of(spiky), new BusinessGoals(3, 3, 5, 3)).getFirst();

        assertThat(byDefault.ruleId()).isEqualTo("F1");
        assertThat(byDefault.target()).isEqualTo("Windows Server 2022 on EC2");
        assertThat(modernising.ruleId()).isEqualTo("G5");
        assertThat(modernising.strategy()).isEqualTo(Strategy.REFACTOR);
        assertThat(modernising.reason()).endsWith("It must change anyway: Microsoft Windows Server 2016 Datacenter reaches end of support on 2027-01-12 (Microsoft lifecycle), within 12 months.");
        assertThat(modernising.evidence()).contains("goal=MODERNIZE_INFRASTRUCTURE:5", "alsoViable=F1 Replatform");
    }

    @Test
    void upgradesManagedEnginesPastStandardSupportAndReplacesClassicLoadBalancers()
    {
        Resource postgres = rds("orders", "postgres", "12.15");
        Resource redis = cache("sessions", "redis", "5.0.6");
        Resource web = classicLoadBalancer("web", "HTTPS");
        Resource tcp = classicLoadBalancer("mqtt", "TCP");

        List<Recommendation> recommendations = recommend(List.of(postgres, redis, web, tcp), List.of(), List.of(), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId, Recommendation::ruleId, Recommendation::strategy, Recommendation::target)
                .containsExactly(
                        tuple(redis.id(), "F2", Strategy.REPLATFORM, "Amazon ElastiCache for Redis OSS 7.1"),
                        tuple(tcp.id(), "F3", Strategy.REPLATFORM, "Network Load Balancer"),
                        tuple(web.id(), "F3", Strategy.REPLATFORM, "Application Load Balancer"),
                        tuple(postgres.id(), "F2", Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 17"));
        assertThat(recommendations.getLast().reason()).isEqualTo("postgres 12.15 reached end of standard support on 2025-02-28 "
                + "(Amazon RDS for PostgreSQL release calendar) and now runs on paid Amazon RDS Extended Support until 2028-02-29; "
                + "upgrade to Amazon RDS for PostgreSQL 17.");
    }

    @Test
    void movesASelfManagedMysqlToRdsUnlessSpeedComesFirst()
    {
        Resource database = ec2("mysql").software("mysql-community-server 8.4.2").build();
        Utilization busy = usage(database, cpu(30, 55));

        Recommendation byDefault = recommend(List.of(database), List.of(), List.of(busy), BusinessGoals.DEFAULT).getFirst();
        Recommendation inAHurry = recommend(List.of(database), List.of(), List.of(busy), new BusinessGoals(5, 1, 3, 3)).getFirst();

        assertThat(byDefault.ruleId()).isEqualTo("G1");
        assertThat(byDefault.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(byDefault.target()).isEqualTo("Amazon RDS for MySQL");
        assertThat(inAHurry.ruleId()).isEqualTo("G1");
        assertThat(inAHurry.strategy()).isEqualTo(Strategy.REHOST);
        assertThat(inAHurry.evidence()).contains("goal=SPEED_OF_MIGRATION:5", "alsoViable=G1 Replatform");
    }

    @Test
    void movesASelfManagedCacheToElastiCacheWhenOperationsMatter()
    {
        Resource redis = ec2("redis").software("redis6 6.2.14").build();
        Utilization busy = usage(redis, cpu(30, 55));

        assertThat(recommend(List.of(redis), List.of(), List.of(busy), BusinessGoals.DEFAULT).getFirst())
                .satisfies(recommendation -> {
                    assertThat(recommendation.ruleId()).isEqualTo("G2");
                    assertThat(recommendation.strategy()).isEqualTo(Strategy.REPLATFORM);
                    assertThat(recommendation.target()).isEqualTo("Amazon ElastiCache for Redis OSS");
                });
        assertThat(recommend(List.of(redis), List.of(), List.of(busy), new BusinessGoals(3, 2, 3, 3)).getFirst().strategy()).isEqualTo(Strategy.REHOST);
    }

    @Test
    void refactorsSqlServerAwayFromItsLicenceWhenLicenceCostMatters()
    {
        Resource database = ec2("sql").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348")
                .software("Microsoft SQL Server 2022 (64-bit)").build();
        Utilization busy = usage(database, cpu(30, 55));

        Recommendation byDefault = recommend(List.of(database), List.of(), List.of(busy), BusinessGoals.DEFAULT).getFirst();
        Recommendation licenceFirst = recommend(List.of(database), List.of(), List.of(busy), new BusinessGoals(3, 3, 3, 5)).getFirst();

        assertThat(byDefault.ruleId()).isEqualTo("G1");
        assertThat(byDefault.target()).isEqualTo("Amazon RDS for SQL Server");
        assertThat(licenceFirst.ruleId()).isEqualTo("G3");
        assertThat(licenceFirst.strategy()).isEqualTo(Strategy.REFACTOR);
        assertThat(licenceFirst.target()).isEqualTo("Amazon Aurora PostgreSQL with Babelfish");
    }

    @Test
    void movesEcsOnEc2ToFargateOnlyWhenOperationsWeighFour()
    {
        Resource service = ecsService("checkout", "EC2");
        Utilization busy = usage(service, cpu(30, 55));

        Recommendation byDefault = recommend(List.of(service), List.of(), List.of(busy), BusinessGoals.DEFAULT).getFirst();
        Recommendation managed = recommend(List.of(service), List.of(), List.of(busy), new BusinessGoals(3, 4, 3, 3)).getFirst();

        assertThat(byDefault.ruleId()).isEqualTo("G6");
        assertThat(byDefault.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(managed.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(managed.target()).isEqualTo("AWS Fargate");
    }

    @Test
    void leavesASupportedManagedDatabaseAlone()
    {
        Resource postgres = rds("orders", "postgres", "16.4");

        Recommendation recommendation = recommend(postgres, usage(postgres, cpu(35, 60)));

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("H1");
        assertThat(recommendation.target()).isNull();
        assertThat(recommendation.confidence()).isEqualTo(0.85);
        assertThat(recommendation.reason()).isEqualTo("Already on Amazon RDS (postgres 16.4, end of standard support 2029-02-28): "
                + "a managed service on a supported version, current-generation class db.m6g.large; no action.");
    }

    @Test
    void rehostsAnOrdinaryInstanceAndTrustsItLessWithoutData()
    {
        Resource known = ec2("app").build();
        Resource unknown = ec2("blind").operatingSystem("Amazon Linux", "2023").software().build();

        List<Recommendation> recommendations = recommend(List.of(known, unknown), List.of(), List.of(usage(known, cpu(35, 60))), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::ruleId, Recommendation::strategy, Recommendation::confidence)
                .containsExactly(
                        tuple("H3", Strategy.REHOST, 0.6),
                        // 0.6 × 0.8 without utilisation × 0.9 without a software inventory
                        tuple("H3", Strategy.REHOST, 0.43));
    }

    @Test
    void recommendsOnlyForGraphNodes()
    {
        Resource node = ec2("node").build();
        Resource other = ec2("other").build();

        List<Recommendation> recommendations = recommender.recommend(inventory(List.of(node, other), List.of()), graph(List.of(node), List.of()),
                AS_OF, BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId).containsExactly(node.id());
    }

    private Recommendation recommend(Resource resource, Utilization utilization)
    {
        return recommend(List.of(resource), List.of(), List.of(utilization), BusinessGoals.DEFAULT).getFirst();
    }

    private List<Recommendation> recommend(List<Resource> resources, List<DependencyEdge> edges, List<Utilization> utilization, BusinessGoals goals)
    {
        return recommender.recommend(inventory(resources, utilization), graph(resources, edges), AS_OF, goals);
    }
}

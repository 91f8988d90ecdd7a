package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.RiskScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.edge;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.lambda;
import static io.cloudmigrate.scoring.Estates.observed;
import static io.cloudmigrate.scoring.Estates.openSecurityGroup;
import static io.cloudmigrate.scoring.Estates.rds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WeightedFactorRiskModelTest
{
    private final RiskModel model = RiskModel.create();

    @Test
    void addsUpNamedFactorsOfAProductionDatabase()
    {
        Resource database = rds("orders", "postgres", "12.15", "db.m5.large", 500, Map.of("Environment", "Production"), "sg-open");
        Resource web = ec2("web").build();
        Resource worker = ec2("worker").build();
        Resource balancer = ec2("batch").build();
        Resource bystander = ec2("bystander").build();
        Resource audit = ec2("audit").build();
        GraphAnalysis graph = graph(
                List.of(database, web, worker, balancer, bystander, audit),
                List.of(
                        edge(web, database, EdgeKind.OBSERVED, 5432),
                        edge(web, database, EdgeKind.OBSERVED, 5433),
                        edge(worker, database, EdgeKind.OBSERVED, 5432),
                        edge(balancer, database, EdgeKind.CONFIGURED, 5432),
                        // Merely allowed by a security group: not a dependency.
                        edge(bystander, database, EdgeKind.ALLOWED, 5432),
                        edge(database, audit, EdgeKind.OBSERVED, 514),
                        edge(audit, database, EdgeKind.OBSERVED, 5432)),
                List.of(new MoveGroup("group-1", List.of(audit.id(), database.id()))));
        Inventory inventory = inventory(List.of(database, web, worker, balancer, bystander, audit), List.of(openSecurityGroup("sg-open", 5432)), List.of());

        RiskScore score = model.score(inventory, graph, AS_OF).stream().filter(risk -> risk.resourceId().equals(database.id())).findFirst().orElseThrow();

        assertThat(score.factors())
                .extracting(RiskFactor::name, RiskFactor::value, RiskFactor::contribution)
                .containsExactly(
                        tuple("inboundDependencies", "4 resources", 20),
                        tuple("outboundDependencies", "1 resource", 2),
                        tuple("moveGroup", "group-1 (2 resources)", 15),
                        tuple("statefulness", "RDS database (postgres)", 15),
                        tuple("dataSize", "500 GB", 7),
                        tuple("production", "Environment=Production", 10),
                        tuple("endOfLife", "postgres 12.15: end of standard support 2025-02-28", 10),
                        tuple("publicExposure", "sg-open admits 0.0.0.0/0 on tcp/5432", 5));
        assertThat(score.score()).isEqualTo(84);
        assertThat(score.level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void scoresAnIsolatedStatelessFunctionZero()
    {
        Resource function = lambda("thumbnails", "python3.13");

        List<RiskScore> scores = model.score(inventory(function), graph(function), AS_OF);

        assertThat(scores).singleElement().satisfies(score -> {
            assertThat(score.score()).isZero();
            assertThat(score.level()).isEqualTo(RiskLevel.LOW);
            assertThat(score.factors()).hasSize(8).allSatisfy(factor -> assertThat(factor.contribution()).isZero());
        });
    }

    @Test
    void countsSupportEndingWithinTheHorizonAsHalf()
    {
        Resource host = ec2("legacy").operatingSystem("Microsoft Windows Server 2016 Datacenter", "10.0.14393").build();

        RiskScore score = model.score(inventory(host), graph(host), AS_OF).getFirst();

        assertThat(score.factors()).filteredOn(factor -> factor.name().equals("endOfLife"))
                .singleElement()
                .satisfies(factor -> {
                    assertThat(factor.contribution()).isEqualTo(5);
                    assertThat(factor.value()).isEqualTo("Microsoft Windows Server 2016 Datacenter: end of support 2027-01-12");
                });
    }

    @Test
    void treatsInstancesWithDatabasesOrLargeVolumesAsStatefulAndPublicAddressesAsExposure()
    {
        Resource database = ec2("mysql").software("MySQL Server 8.4.2").build();
        Resource fileServer = ec2("files").storageGb(2048).publicIp("203.0.113.7").build();
        Resource web = ec2("web").build();

        List<RiskScore> scores = model.score(inventory(database, fileServer, web), graph(database, fileServer, web), AS_OF);

        assertThat(scores).extracting(score -> factor(score, "statefulness").value())
                .containsExactly("EC2 instance with 2048 GB of EBS", "EC2 instance running MySQL Server 8.4.2", "stateless");
        assertThat(factor(scores.getFirst(), "publicExposure").value()).isEqualTo("public IP 203.0.113.7");
    }

    @Test
    void countsClientsOnTheInternetAsExposureButNotAsDependents()
    {
        Resource web = ec2("web").build();
        GraphAnalysis graph = graph(List.of(web), List.of(observed("internet", web.id(), 1_000)), List.of());

        RiskScore score = model.score(inventory(web), graph, AS_OF).getFirst();

        assertThat(factor(score, "inboundDependencies").contribution()).isZero();
        assertThat(factor(score, "publicExposure").value()).isEqualTo("clients on the internet observed");
    }

    @Test
    void scoresOnlyGraphNodes()
    {
        Resource inGraph = ec2("a").build();
        Resource outside = ec2("b").build();

        assertThat(model.score(inventory(inGraph, outside), graph(inGraph), AS_OF)).extracting(RiskScore::resourceId).containsExactly(inGraph.id());
    }

    @Test
    void clampsTheScoreToOneHundredWhenWeightsSumHigher()
    {
        WeightedFactorRiskModel heavy = new WeightedFactorRiskModel(LifecycleCatalog.bundled(),
                new WeightedFactorRiskModel.Weights(25, 10, 15, 60, 10, 60, 10, 5));
        Resource database = rds("orders", "postgres", "16.4", "db.m5.large", 0, Map.of("env", "prod"));

        RiskScore score = heavy.score(inventory(database), graph(database), AS_OF).getFirst();

        assertThat(score.factors()).extracting(RiskFactor::contribution).containsExactly(0, 0, 0, 60, 0, 60, 0, 0);
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void mapsScoresToLevelsAtTheBoundaries()
    {
        assertThat(List.of(0, 24, 25, 49, 50, 74, 75, 100)).extracting(RiskLevel::of)
                .containsExactly(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.CRITICAL, RiskLevel.CRITICAL);
        assertThatThrownBy(() -> RiskLevel.of(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultWeightsSumToOneHundred()
    {
        WeightedFactorRiskModel.Weights weights = WeightedFactorRiskModel.Weights.DEFAULT;
        assertThat(weights.inboundDependencies() + weights.outboundDependencies() + weights.moveGroup() + weights.statefulness()
                + weights.dataSize() + weights.production() + weights.endOfLife() + weights.publicExposure()).isEqualTo(100);
    }

    private static RiskFactor factor(RiskScore score, String name)
    {
        return score.factors().stream().filter(factor -> factor.name().equals(name)).findFirst().orElseThrow();
    }
}

package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.DependencyAnalyzer;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.RiskScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Aurora cluster and its instances, as the graph stage sees them: they move as one, but that is
 * membership, not a dependency cycle, and costs none of the move-group risk points.
 */
class ClusterMembershipRiskTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";

    @Test
    void addsNoCycleRiskForTheMembersOfADatabaseCluster()
    {
        Resource cluster = new Resource("arn:aws:rds:eu-west-1:111122223333:cluster:ledger", ResourceType.RDS_DB_CLUSTER, ACCOUNT, REGION, "ledger", Map.of(), null,
                new ResourceDetails.RdsDbCluster("ledger", "aurora-postgresql", "15.4", "provisioned",
                        List.of(new ResourceDetails.ClusterMember("ledger-1", true), new ResourceDetails.ClusterMember("ledger-2", false)),
                        true, 1, "aurora", 0, true, null, null, null, null, 5432, 7, true, null, null));
        Resource writer = member("ledger-1");
        Resource reader = member("ledger-2");
        Inventory inventory = inventory(cluster, writer, reader);
        GraphAnalysis graph = DependencyAnalyzer.create().analyze(inventory, Traffic.EMPTY);

        List<RiskScore> scores = RiskModel.create().score(inventory, graph, AS_OF);

        assertThat(scores).hasSize(3).allSatisfy(score -> assertThat(score.factors())
                .filteredOn(factor -> factor.name().equals("moveGroup"))
                .extracting(RiskFactor::contribution)
                .containsOnly(0));
    }

    private static Resource member(String identifier)
    {
        return new Resource("arn:aws:rds:eu-west-1:111122223333:db:" + identifier, ResourceType.RDS_DB_INSTANCE, ACCOUNT, REGION, identifier, Map.of(), null,
                new ResourceDetails.RdsDbInstance(identifier, "db.r6g.large", "aurora-postgresql", "15.4", null, 1, "aurora", false, false,
                        identifier + ".example", 5432, null, "ledger"));
    }
}

package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningTest
{
    private static final Resource INSTANCE = new Resource("arn:i", ResourceType.EC2_INSTANCE, "1", "eu-west-1", "app", Map.of(), null,
            new ResourceDetails.Ec2Instance("i-1", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-1", null, List.of(), List.of(), 0, null, List.of()));
    private static final Resource DATABASE = new Resource("arn:db", ResourceType.RDS_DB_INSTANCE, "1", "eu-west-1", "db", Map.of(), null,
            new ResourceDetails.RdsDbInstance("db", "db.m5.large", "postgres", "13.12", null, 20, "gp3", false, false, "db.example", 5432, null));
    private static final Resource CLASSIC = new Resource("arn:lb", ResourceType.LOAD_BALANCER, "1", "eu-west-1", "lb", Map.of(), null,
            new ResourceDetails.LoadBalancer("lb", "classic", "internet-facing", "lb.example", List.of(), List.of(), List.of()));

    @Test
    void generatesWhatKeepsItsService()
    {
        assertThat(skip(INSTANCE, Strategy.REHOST, "Amazon EC2")).isEmpty();
        assertThat(skip(INSTANCE, Strategy.REPLATFORM, "Windows Server 2022 on Amazon EC2")).isEmpty();
        assertThat(skip(DATABASE, Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 16")).isEmpty();
        assertThat(skip(CLASSIC, Strategy.REPLATFORM, "Application Load Balancer")).isEmpty();
    }

    @Test
    void skipsWhatLandsOnAnotherServiceWithTheReason()
    {
        assertThat(skip(INSTANCE, Strategy.REPLATFORM, "Amazon ECS on Fargate"))
                .contains(new Provisioning.Skip("Replatform to Amazon ECS on Fargate moves it to another service; build the target from the runbook", false));
        assertThat(skip(DATABASE, Strategy.REPLATFORM, "Aurora, following the team's standards")).map(Provisioning.Skip::deliberate).contains(false);
        assertThat(skip(DATABASE, Strategy.REFACTOR, "Amazon RDS for MySQL")).map(Provisioning.Skip::reason).contains("Refactor to Amazon RDS for MySQL is a new design; build it from the runbook");
        assertThat(skip(CLASSIC, Strategy.REHOST, "Classic Load Balancer")).map(Provisioning.Skip::reason)
                .contains("Classic Load Balancers are generated only when replatformed to an Application Load Balancer (Rehost to Classic Load Balancer)");
    }

    @Test
    void refusesDocumentDbAndNeptuneClustersAndInstancesThatTheRdsApiLists()
    {
        Resource documents = new Resource("arn:docs", ResourceType.RDS_DB_CLUSTER, "1", "eu-west-1", "docs", Map.of(), null,
                new ResourceDetails.RdsDbCluster("docs", "docdb", "5.0.0", "provisioned", List.of(new ResourceDetails.ClusterMember("docs-1", true)),
                        false, 1, null, 0, true, null, null, "docs.example", null, 27017, 1, false, null, null));
        Resource graphInstance = new Resource("arn:graph-1", ResourceType.RDS_DB_INSTANCE, "1", "eu-west-1", "graph-1", Map.of(), null,
                new ResourceDetails.RdsDbInstance("graph-1", "db.r6g.large", "neptune", "1.3.2.1", null, 1, null, false, false, "graph-1.example", 8182, null, "graph"));

        assertThat(skip(documents, Strategy.RELOCATE, "Amazon DocumentDB")).contains(new Provisioning.Skip("an Amazon DocumentDB DB cluster (engine docdb), "
                + "which the RDS API lists but RDS resources cannot create; the Amazon DocumentDB resources are not generated yet, build it from the runbook", false));
        assertThat(skip(graphInstance, Strategy.REHOST, null)).contains(new Provisioning.Skip("an Amazon Neptune instance (engine neptune), "
                + "which the RDS API lists but RDS resources cannot create; the Amazon Neptune resources are not generated yet, build it from the runbook", false));
    }

    @Test
    void provisionsNothingForRetireAndRetainByDesign()
    {
        assertThat(skip(INSTANCE, Strategy.RETIRE, null)).contains(new Provisioning.Skip("Retire: decommissioned in this wave, nothing is provisioned", true));
        assertThat(skip(INSTANCE, Strategy.RETAIN, null)).contains(new Provisioning.Skip("Retain: stays where it is, nothing is provisioned", true));
    }

    @Test
    void skipsAResourceWithoutARecommendation()
    {
        assertThat(Provisioning.skip(INSTANCE, Optional.empty()))
                .contains(new Provisioning.Skip("the assessment has no recommendation for it; assess it before generating code", false));
    }

    private static Optional<Provisioning.Skip> skip(Resource resource, Strategy strategy, String target)
    {
        return Provisioning.skip(resource, Optional.of(new Recommendation(resource.id(), strategy, target, "T", "test", 0.5, List.of())));
    }
}

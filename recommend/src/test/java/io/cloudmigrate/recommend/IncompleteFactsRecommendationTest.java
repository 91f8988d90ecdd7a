package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.cloudmigrate.recommend.Workloads.ACCOUNT;
import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.OWNED;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.lambda;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources in the shapes real AWS responses have and the sample estate never does: a missing fact is
 * "unknown" in every sentence, never {@code null}, and a version the lifecycle table does not list is
 * never taken for a supported one.
 */
class IncompleteFactsRecommendationTest
{
    private final Recommender recommender = Recommender.ruleBased();

    @Test
    void rehostsAnInstanceWithoutAnInstanceTypeAndSaysTheTypeIsUnknown()
    {
        Resource instance = new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/i-untyped", ResourceType.EC2_INSTANCE, ACCOUNT, "us-east-1", "untyped",
                OWNED, new NetworkPlacement("vpc-1", List.of("subnet-1"), List.of(), List.of(), List.of("10.0.0.9"), List.of()),
                new ResourceDetails.Ec2Instance("i-untyped", null, "running", "Linux/UNIX", "Amazon Linux", "2023", "x86_64", "ami-1",
                        "2024-01-01T00:00:00Z", List.of("openssh-server 8.7p1"), List.of("vol-1"), 100, "required", List.of()));
        Inventory inventory = inventory(List.of(instance), List.of(usage(instance, cpu(40, 70))));

        Assessment assessment = Assessor.create().assess(inventory, graph(List.of(instance), List.of()), 0, AssessOptions.DEFAULT);

        Recommendation recommendation = assessment.recommendation(instance.id()).orElseThrow();
        assertThat(recommendation.strategy()).isEqualTo(Strategy.REHOST);
        assertThat(recommendation.target()).isEqualTo("EC2, instance type unknown (same operating system and stack; choose a type)");
        assertThat(recommendation.reason()).contains("Its instance type is unknown (the inventory reports no InstanceType)");
        assertThat(recommendation.evidence()).contains("instanceType=unknown");
        assertThat(assessment.cost(instance.id()).orElseThrow().unpriced()).extracting(UnpricedItem::describe)
                .contains("EC2 instance hours: the inventory reports no InstanceType");
        assertThat(assessment.cost(instance.id()).orElseThrow().byStrategy()).allSatisfy(cost -> assertThat(cost.target()).doesNotContain("null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docdb", "neptune"})
    void callsDocumentDbAndNeptuneClustersByTheirOwnNames(String engine)
    {
        String service = engine.equals("docdb") ? "Amazon DocumentDB" : "Amazon Neptune";
        Resource cluster = new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":cluster:catalog", ResourceType.RDS_DB_CLUSTER, ACCOUNT, "us-east-1", "catalog",
                OWNED, null, new ResourceDetails.RdsDbCluster("catalog", engine, null, "provisioned", List.of(), false, 1, null, 0, true,
                        null, null, "catalog.example", null, 27017, 7, true, null, null));
        Resource instance = new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:search", ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", "search",
                OWNED, null, new ResourceDetails.RdsDbInstance("search", "db.r6g.large", engine, null, null, 0, null, false, false, "search.example", 8182, null));

        Assessment assessment = Assessor.create().assess(inventory(List.of(cluster, instance), List.of()), graph(List.of(cluster, instance), List.of()), 0,
                AssessOptions.DEFAULT);
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(recommendations).hasSize(2).allSatisfy(recommendation -> {
            assertThat(recommendation.reason()).startsWith("Already on " + service + " (" + engine + ", version unknown), but its lifecycle status is unknown: "
                    + "the inventory reports no engine version").doesNotContain("RDS");
            assertThat(recommendation.evidence()).contains("managedService=" + service, "lifecycle=unknown");
        });
        assertThat(assessment.cost(instance.id()).orElseThrow().unpriced()).extracting(UnpricedItem::item)
                .containsExactly(service + " " + engine + " db.r6g.large instance hours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
            "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
            "dotnet6", "ruby2.5", "ruby2.7", "ruby3.2", "java8", "go1.x", "provided"})
    void upgradesEveryLambdaRuntimeAwsHasDeprecated(String runtime)
    {
        Resource function = lambda("worker", runtime);

        Recommendation recommendation = recommend(function);

        assertThat(recommendation.ruleId()).isEqualTo("F2");
        assertThat(recommendation.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(recommendation.reason()).startsWith(runtime + " reached end of support on ").contains("(AWS Lambda runtimes)");
        assertThat(recommendation.evidence()).contains("source=https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html");
    }

    @Test
    void reportsARuntimeTheTableDoesNotListAsUnknownNotSupported()
    {
        Resource function = lambda("future", "nodejs30.x");

        Recommendation recommendation = recommend(function);

        assertThat(recommendation.ruleId()).isEqualTo("H3");
        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.reason()).isEqualTo("Already on AWS Lambda (nodejs30.x), but its lifecycle status is unknown: the lifecycle table "
                + "does not list nodejs30.x, so it is not known to be supported. Check it on the AWS Lambda runtimes page before leaving it as it is.");
        assertThat(recommendation.evidence()).contains("lifecycle=unknown", "observed=nodejs30.x");
        assertThat(recommendation.reason()).doesNotContain("supported version").doesNotContain("no action");
    }

    @Test
    void namesTheUnknownLifecycleInTheRiskFactorToo()
    {
        Resource function = lambda("future", "nodejs30.x");
        Inventory inventory = inventory(List.of(function), List.of());

        Assessment assessment = Assessor.create().assess(inventory, graph(List.of(function), List.of()), 0, AssessOptions.DEFAULT);

        assertThat(assessment.risk(function.id()).orElseThrow().factors()).filteredOn(factor -> factor.name().equals("endOfLife"))
                .extracting(RiskFactor::value).containsExactly("unknown: the lifecycle table does not list nodejs30.x");
    }

    @Test
    void describesAContainerImageFunctionAsOne()
    {
        Resource function = new Resource("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:resizer", ResourceType.LAMBDA_FUNCTION, ACCOUNT, "us-east-1",
                "resizer", OWNED, null, new ResourceDetails.LambdaFunction("resizer", null, null, 1024, 60, 0, "x86_64", "Image"));

        Recommendation recommendation = recommend(function);

        assertThat(recommendation.ruleId()).isEqualTo("H1");
        assertThat(recommendation.reason()).startsWith("Already on AWS Lambda as a container image function").doesNotContain("null");
        assertThat(recommendation.evidence()).contains("packageType=Image");
    }

    @Test
    void saysARuntimeIsUnknownWhenAZipFunctionReportsNone()
    {
        Resource function = lambda("bare", null);

        Recommendation recommendation = recommend(function);

        assertThat(recommendation.ruleId()).isEqualTo("H3");
        assertThat(recommendation.reason()).contains("(runtime unknown), but its lifecycle status is unknown").doesNotContain("null");
    }

    private Recommendation recommend(Resource resource)
    {
        return recommender.recommend(inventory(List.of(resource), List.of()), graph(List.of(resource), List.of()), AS_OF, BusinessGoals.DEFAULT).getFirst();
    }
}

package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GroupReachability;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV4;
import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.SECURITY_GROUP;

/**
 * A small, realistic assessment built by hand: a storefront whose Classic Load Balancer (replatformed
 * to an ALB) and two web instances call each other (one move group, wave 2), a PostgreSQL database
 * replatformed to a newer version, an S3 bucket, an API Gateway API CloudMigrate does not generate,
 * and an idle Windows instance to retire (wave 1).
 */
final class AssessmentFixture
{
    static final String ESTATE_NAME = "Acme Retail & Co <prod>";
    static final String NASTY_TAG = "He said \"hi\" ${var.x} %{ if }";

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final String WEB_1 = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0web1";
    static final String WEB_2 = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0web2";
    static final String BATCH = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0batch";
    static final String DATABASE = "arn:aws:rds:eu-west-1:111122223333:db:orders-db";
    static final String LOAD_BALANCER = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/storefront-clb";
    static final String BUCKET = "arn:aws:s3:::acme-storefront-assets";
    static final String API = "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4";
    static final String VPC = "arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0a1";

    private AssessmentFixture() {}

    static Assessment assessment()
    {
        Inventory inventory = new Inventory(
                Inventory.SCHEMA_VERSION,
                "scan-7f3a",
                ESTATE_NAME,
                "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)),
                List.of(web(WEB_1, "web-1", "i-0web1", "subnet-0app1", List.of("vol-0a"), 30, List.of()),
                        // web-2's volumes as DescribeVolumes gives them: a gp2 root and a gp3 data volume
                        web(WEB_2, "web-2", "i-0web2", "subnet-0app2", List.of("vol-0b", "vol-0c"), 130, List.of(
                                new ResourceDetails.EbsVolume("vol-0b", "/dev/xvda", "gp2", 30, 100, null, false, true, List.of("i-0web2")),
                                new ResourceDetails.EbsVolume("vol-0c", "/dev/sdf", "gp3", 100, 4000, 250, false, false, List.of("i-0web2")))),
                        batch(), database(), loadBalancer(), bucket(), api(), vpc()),
                securityGroups(),
                List.of(),
                List.of(new Utilization(BATCH, 30, List.of(
                        new MetricSummary(MetricName.CPU_UTILIZATION, 0.4, 0.9, 1.2, 30),
                        new MetricSummary(MetricName.NETWORK_IN, 2048, 4096, 8192, 30)))),
                List.of(new InventoryWarning(ACCOUNT, "us-east-1", "lambda", "AccessDenied", "lambda:ListFunctions",
                        "not authorized to perform lambda:ListFunctions; functions in us-east-1 are missing")));
        GraphAnalysis graph = new GraphAnalysis(
                List.of(API, BATCH, BUCKET, DATABASE, LOAD_BALANCER, WEB_1, WEB_2),
                List.of(new DependencyEdge(LOAD_BALANCER, WEB_1, EdgeKind.CONFIGURED, 8080, "tcp", 0, 0, "storefront-clb routes to i-0web1"),
                        new DependencyEdge(LOAD_BALANCER, WEB_2, EdgeKind.CONFIGURED, 8080, "tcp", 0, 0, "storefront-clb routes to i-0web2"),
                        new DependencyEdge(WEB_1, LOAD_BALANCER, EdgeKind.OBSERVED, 80, "tcp", 340, 52_000, "web-1 calls its own load balancer on tcp/80"),
                        new DependencyEdge(WEB_1, DATABASE, EdgeKind.OBSERVED, 5432, "tcp", 12_400, 98_000_000, "flow logs: 12400 flows on tcp/5432"),
                        new DependencyEdge("internet", LOAD_BALANCER, EdgeKind.OBSERVED, 443, "tcp", 9_100, 7_300_000, "observed tcp/443, 9100 flows, 7.3 MB"),
                        new DependencyEdge(WEB_2, "on-premises", EdgeKind.OBSERVED, 1433, "tcp", 120, 880_000, "observed tcp/1433, 120 flows, 880.0 kB")),
                List.of(new MoveGroup("group-1", List.of(LOAD_BALANCER, WEB_1, WEB_2))),
                List.of(new MigrationWave(1, List.of(API, BATCH, BUCKET, DATABASE)),
                        new MigrationWave(2, List.of(LOAD_BALANCER, WEB_1, WEB_2))),
                // As the analyzer would compare the edges above with the groups' rules: sg-0db admits web-1's
                // PostgreSQL, and nothing admits its calls to the load balancer on port 80.
                List.of(new DependencyEdge(WEB_1, LOAD_BALANCER, EdgeKind.OBSERVED, 80, "tcp", 340, 52_000, "web-1 calls its own load balancer on tcp/80")),
                // What sg-0db admits; the analyzer would also keep sg-0web's rule from sg-0lb, left out to keep the runbooks short.
                List.of(new GroupReachability("sg-0db", new SecurityGroupRule("tcp", 5432, 5432, SECURITY_GROUP, "sg-0web", null))));
        return new Assessment(
                Assessment.SCHEMA_VERSION,
                "storefront-2025q3",
                "2025-07-01",
                inventory,
                12_740,
                graph,
                risks(),
                costs(),
                recommendations());
    }

    /** The same estate with a third wave holding only the VPC, which no tool provisions. */
    static Assessment withNothingToProvisionInWave3()
    {
        Assessment assessment = assessment();
        List<MigrationWave> waves = new ArrayList<>(assessment.graph().waves());
        waves.add(new MigrationWave(3, List.of(VPC)));
        return withGraph(assessment, new GraphAnalysis(assessment.graph().nodes(), assessment.graph().edges(), assessment.graph().moveGroups(), waves,
                assessment.graph().observedNotAllowed(), assessment.graph().reachability()));
    }

    /** The assessment with its graph's edges replaced by these, everything else of the graph kept. */
    static Assessment withEdges(Assessment assessment, List<DependencyEdge> edges)
    {
        GraphAnalysis graph = assessment.graph();
        return withGraph(assessment, new GraphAnalysis(graph.nodes(), edges, graph.moveGroups(), graph.waves(), graph.observedNotAllowed(), graph.reachability()));
    }

    static Assessment withGraph(Assessment assessment, GraphAnalysis graph)
    {
        return new Assessment(assessment.schemaVersion(), assessment.name(), assessment.asOf(), assessment.inventory(), assessment.trafficRecords(),
                graph, assessment.risks(), assessment.costs(), assessment.recommendations());
    }

    private static Resource web(String arn, String name, String instanceId, String subnet, List<String> volumes, int storage, List<ResourceDetails.EbsVolume> described)
    {
        return new Resource(arn, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name,
                Map.of("Name", name, "Team", "storefront", "Note", NASTY_TAG),
                new NetworkPlacement("vpc-0a1", List.of(subnet), List.of("sg-0web"), List.of(), List.of("10.0.1.10"), List.of()),
                new ResourceDetails.Ec2Instance(instanceId, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                        "ami-0abc1234", "2023-02-01T10:00:00Z", List.of("nginx 1.24"), volumes, storage, "optional", described));
    }

    private static Resource batch()
    {
        return new Resource(BATCH, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "legacy-batch", Map.of("Name", "legacy-batch"),
                new NetworkPlacement("vpc-0a1", List.of("subnet-0app1"), List.of("sg-0batch"), List.of(), List.of("10.0.1.50"), List.of()),
                new ResourceDetails.Ec2Instance("i-0batch", "t2.medium", "running", "Windows", "Microsoft Windows Server 2012 R2 Standard",
                        "6.3", "x86_64", "ami-0win2012", "2016-05-01T10:00:00Z", List.of(), List.of("vol-0d"), 60, "optional", List.of()));
    }

    private static Resource database()
    {
        return new Resource(DATABASE, ResourceType.RDS_DB_INSTANCE, ACCOUNT, REGION, "orders-db", Map.of("Team", "orders"),
                new NetworkPlacement("vpc-0a1", List.of("subnet-0db1", "subnet-0db2"), List.of("sg-0db"), List.of(), List.of(), List.of()),
                new ResourceDetails.RdsDbInstance("orders-db", "db.m5.large", "postgres", "13.12", "postgresql-license", 100, "gp2", true, false,
                        "orders-db.abc123.eu-west-1.rds.amazonaws.com", 5432, null));
    }

    private static Resource loadBalancer()
    {
        return new Resource(LOAD_BALANCER, ResourceType.LOAD_BALANCER, ACCOUNT, REGION, "storefront-clb", Map.of(),
                new NetworkPlacement("vpc-0a1", List.of("subnet-0app1", "subnet-0app2"), List.of("sg-0lb"), List.of(), List.of(), List.of()),
                new ResourceDetails.LoadBalancer("storefront-clb", "classic", "internet-facing", "storefront-clb-1.eu-west-1.elb.amazonaws.com",
                        List.of(new ResourceDetails.Listener("HTTP", 80, 8080), new ResourceDetails.Listener("HTTPS", 443, 8080)),
                        List.of(), List.of("i-0web1", "i-0web2")));
    }

    private static Resource bucket()
    {
        return new Resource(BUCKET, ResourceType.S3_BUCKET, ACCOUNT, REGION, "acme-storefront-assets", Map.of("Team", "storefront"), null,
                new ResourceDetails.S3Bucket("acme-storefront-assets", "2019-03-01T00:00:00Z", "Enabled", "aws:kms", 52_000_000_000L, 1_200_000,
                        List.of(new ResourceDetails.StorageTypeSize("StandardStorage", 52_000_000_000L))));
    }

    private static Resource api()
    {
        return new Resource(API, ResourceType.API_GATEWAY_REST_API, ACCOUNT, REGION, "partner-api", Map.of(), null,
                new ResourceDetails.ApiGateway("a1b2c3d4", "REST", "REGIONAL", List.of()));
    }

    private static Resource vpc()
    {
        return new Resource(VPC, ResourceType.VPC, ACCOUNT, REGION, "main-vpc", Map.of(), null,
                new ResourceDetails.Vpc("vpc-0a1", "10.0.0.0/16", false));
    }

    private static List<SecurityGroup> securityGroups()
    {
        SecurityGroupRule allEgress = new SecurityGroupRule("-1", -1, -1, CIDR_IPV4, "0.0.0.0/0", null);
        return List.of(
                new SecurityGroup("sg-0web", ACCOUNT, REGION, "vpc-0a1", "web-tier", "Web tier: HTTP from the load balancer", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 8080, 8080, SECURITY_GROUP, "sg-0lb", "from the load balancer"),
                                new SecurityGroupRule("tcp", 22, 22, CIDR_IPV4, "0.0.0.0/0", "ssh \"temporary\"")),
                        List.of(allEgress)),
                new SecurityGroup("sg-0lb", ACCOUNT, REGION, "vpc-0a1", "public-lb", "Public load balancer", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 80, 80, CIDR_IPV4, "0.0.0.0/0", null),
                                new SecurityGroupRule("tcp", 443, 443, CIDR_IPV4, "0.0.0.0/0", null)),
                        List.of(allEgress)),
                new SecurityGroup("sg-0db", ACCOUNT, REGION, "vpc-0a1", "orders-db", "PostgreSQL from the web tier", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 5432, 5432, SECURITY_GROUP, "sg-0web", null)),
                        List.of(allEgress)),
                new SecurityGroup("sg-0batch", ACCOUNT, REGION, "vpc-0a1", "batch", "Batch host", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 3389, 3389, CIDR_IPV4, "0.0.0.0/0", "RDP")),
                        List.of(allEgress)));
    }

    private static List<RiskScore> risks()
    {
        return List.of(
                new RiskScore(WEB_1, 42, RiskLevel.MEDIUM, List.of(
                        new RiskFactor("inboundDependencies", "2 resources", 20, "Callers must be re-pointed at cutover."),
                        new RiskFactor("moveGroup", "3 members", 22, "Members of a cycle move together."))),
                new RiskScore(WEB_2, 38, RiskLevel.MEDIUM, List.of(
                        new RiskFactor("moveGroup", "3 members", 22, "Members of a cycle move together."),
                        new RiskFactor("inboundDependencies", "1 resource", 16, "Callers must be re-pointed at cutover."))),
                new RiskScore(LOAD_BALANCER, 55, RiskLevel.HIGH, List.of(
                        new RiskFactor("publicEndpoint", "internet-facing", 30, "Customers reach it directly; DNS must switch."),
                        new RiskFactor("moveGroup", "3 members", 25, "Members of a cycle move together."))),
                new RiskScore(DATABASE, 78, RiskLevel.CRITICAL, List.of(
                        new RiskFactor("dataVolume", "100 GiB", 30, "Data must be replicated before cutover."),
                        new RiskFactor("majorVersionUpgrade", "13 to 16", 28, "A major upgrade can change query plans."),
                        new RiskFactor("inboundDependencies", "2 resources", 20, "Callers must be re-pointed at cutover."))),
                new RiskScore(BATCH, 10, RiskLevel.LOW, List.of(
                        new RiskFactor("endOfSupportOs", "Windows Server 2012 R2", 10, "The OS is out of support."))),
                new RiskScore(BUCKET, 15, RiskLevel.LOW, List.of(
                        new RiskFactor("dataVolume", "52 GB", 15, "Objects must be copied before cutover."))),
                new RiskScore(API, 30, RiskLevel.MEDIUM, List.of(
                        new RiskFactor("publicEndpoint", "regional API", 30, "Partners call it directly."))));
    }

    private static List<CostEstimate> costs()
    {
        String basis = "AWS list prices, eu-west-1, snapshot 2025-06";
        return List.of(
                new CostEstimate(WEB_1, 70.08, 1.20, List.of(new StrategyCost(Strategy.REHOST, "m6i.large Linux", 63.07, 400)), basis),
                new CostEstimate(WEB_2, 70.08, 0.80, List.of(new StrategyCost(Strategy.REHOST, "m6i.large Linux", 63.07, 400)), basis),
                new CostEstimate(LOAD_BALANCER, 18.25, 0, List.of(new StrategyCost(Strategy.REPLATFORM, "Application Load Balancer", 22.27, 600)), basis),
                new CostEstimate(DATABASE, 372.30, 2.10, List.of(new StrategyCost(Strategy.REPLATFORM, "db.m6g.large RDS for PostgreSQL", 298.50, 2500)), basis),
                new CostEstimate(BATCH, 61.32, 0, List.of(new StrategyCost(Strategy.RETIRE, "decommissioned", 0, 150)), basis),
                new CostEstimate(BUCKET, 1196.00, 0, List.of(new StrategyCost(Strategy.RELOCATE, "S3 Standard", 1196.00, 900)), basis),
                new CostEstimate(API, 35.00, 0, List.of(new StrategyCost(Strategy.REHOST, "API Gateway REST", 35.00, 800)), basis));
    }

    private static List<Recommendation> recommendations()
    {
        return List.of(
                new Recommendation(WEB_1, Strategy.REHOST, "Amazon EC2 m6i.large", "R2", "Steady CPU around 35% on a supported OS; lift and shift.", 0.86,
                        List.of("cpuP95=41", "os=Amazon Linux 2")),
                new Recommendation(WEB_2, Strategy.REHOST, "Amazon EC2 m6i.large", "R2", "Same role and image as web-1.", 0.84, List.of("cpuP95=39")),
                new Recommendation(LOAD_BALANCER, Strategy.REPLATFORM, "Application Load Balancer", "P3",
                        "Classic Load Balancers are legacy; HTTP listeners map to an ALB.", 0.9, List.of("listeners=HTTP:80,HTTPS:443")),
                new Recommendation(DATABASE, Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 16", "P1",
                        "PostgreSQL 13 reaches end of standard support; upgrade during the move.", 0.8, List.of("engineVersion=13.12")),
                new Recommendation(BATCH, Strategy.RETIRE, null, "T1", "Idle for 30 days: average CPU 0.4%, almost no network.", 0.95,
                        List.of("cpuAverage=0.4", "networkInPerDay=2048")),
                new Recommendation(BUCKET, Strategy.RELOCATE, "Amazon S3 in the target account", "L1", "Objects move as they are.", 0.9, List.of()),
                new Recommendation(API, Strategy.REHOST, "Amazon API Gateway", "R9", "Partners depend on the endpoint; keep the API as is.", 0.7, List.of()));
    }
}

package io.cloudmigrate.discovery.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records every SDK call of a full scan of a seeded estate and checks each against the policy that
 * {@code cloudmigrate iam-policy} prints: the action must be in it, and must be a read.
 */
class LeastPrivilegeTest
{
    /** SDK service names (as the SDK reports them, lowercased: {@code Ec2} is {@code ec2}) to IAM service prefixes. */
    private static final Map<String, String> IAM_PREFIXES = Map.ofEntries(
            Map.entry("ec2", "ec2"), Map.entry("rds", "rds"), Map.entry("s3", "s3"), Map.entry("lambda", "lambda"), Map.entry("ecs", "ecs"),
            Map.entry("elasticache", "elasticache"), Map.entry("elasticloadbalancing", "elasticloadbalancing"),
            Map.entry("elasticloadbalancingv2", "elasticloadbalancing"), Map.entry("sts", "sts"), Map.entry("cloudwatch", "cloudwatch"),
            Map.entry("organizations", "organizations"), Map.entry("cloudwatchlogs", "logs"));
    /** Operations whose IAM action is not named after them. */
    private static final Map<String, String> RENAMED = Map.of(
            "s3:ListBuckets", "s3:ListAllMyBuckets",
            "s3:GetBucketEncryption", "s3:GetEncryptionConfiguration",
            "s3:ListObjectsV2", "s3:ListBucket");
    private static final Set<String> API_GATEWAY = Set.of("apigateway", "apigatewayv2");

    @Test
    void everyCallOfAFullScanIsAReadThePolicyAllows()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded core = MotoEstate.callerAccount(endpoint).seed("us-east-1", "10.50.0.0/16");
        MotoServices.seed(endpoint, core);
        ApiCallRecorder recorder = new ApiCallRecorder();

        AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of("us-east-1"), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {});

        Set<String> policy = IamPolicy.actions(AwsScan.factories());
        List<String> actions = recorder.callsByOperation().keySet().stream().map(LeastPrivilegeTest::iamAction).distinct().toList();
        assertThat(actions).as("IAM actions of the recorded calls %s", recorder.callsByOperation().keySet())
                .contains("ec2:DescribeInstances", "elasticloadbalancing:DescribeTargetHealth", "s3:GetEncryptionConfiguration", "apigateway:GET",
                        "cloudwatch:GetMetricData", "ecs:DescribeServices", "lambda:ListFunctions", "ec2:DescribeFlowLogs", "ec2:DescribeVolumes",
                        "ec2:DescribeSnapshots");
        assertThat(actions).as("the tag calls of Lambda, ElastiCache, load balancers and S3")
                .contains("lambda:ListTags", "elasticache:ListTagsForResource", "elasticloadbalancing:DescribeTags", "s3:GetBucketTagging");
        assertThat(policy).containsAll(actions);
        assertThat(actions).allSatisfy(action -> assertThat(action.split(":")[1]).matches("(Describe|List|Get|GET).*"));
    }

    @Test
    void policyLetsAssessReadListPricesSavingsPlansRatesAndSpotPricesAndNothingElse()
            throws Exception
    {
        JsonNode statements = JsonDocuments.mapper().readTree(IamPolicy.document(AwsScan.factories())).path("Statement");

        JsonNode prices = statements.get(statements.size() - 1);
        assertThat(prices.path("Sid").asText()).isEqualTo("CloudMigrateReadPrices");
        assertThat(prices.path("Action")).extracting(JsonNode::asText)
                .containsExactly("pricing:GetProducts", "savingsplans:DescribeSavingsPlansOfferingRates", "ec2:DescribeSpotPriceHistory");
        assertThat(IamPolicy.actions(AwsScan.factories()))
                .noneMatch(action -> action.startsWith("pricing:") || action.startsWith("savingsplans:") || action.equals("ec2:DescribeSpotPriceHistory"));
    }

    @Test
    void policyHoldsOnlyReads()
    {
        assertThat(IamPolicy.actions(AwsScan.factories()))
                .isNotEmpty()
                .allSatisfy(action -> assertThat(action).matches("[a-z0-9-]+:(Describe|List|Get|GET)[A-Za-z0-9]*"));
    }

    /** API Gateway authorises reads by HTTP verb: every read is {@code apigateway:GET}. */
    private static String iamAction(String serviceAndOperation)
    {
        String[] parts = serviceAndOperation.split(":");
        String service = parts[0].toLowerCase(Locale.ROOT);
        if (API_GATEWAY.contains(service)) {
            return "apigateway:GET";
        }
        String prefix = IAM_PREFIXES.get(service);
        assertThat(prefix).as("IAM prefix of SDK service %s", parts[0]).isNotNull();
        String action = prefix + ":" + parts[1];
        return RENAMED.getOrDefault(action, action);
    }
}

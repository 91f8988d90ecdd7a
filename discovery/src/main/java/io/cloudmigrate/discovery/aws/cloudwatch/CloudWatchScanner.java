package io.cloudmigrate.discovery.aws.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Reads daily CloudWatch series for the resources the first stage found: EC2 instances, RDS
 * instances, Lambda functions and ElastiCache clusters, over the scan's window
 * ({@link ScannerContext#metricsDays()}, 90 days unless told otherwise). Each {@code GetMetricData}
 * call takes as many queries as the API's limits on queries and data points allow
 * ({@link MetricWindow}). Each result is labelled with the CloudWatch metric name, which is how the
 * shared reader recognises it.
 */
final class CloudWatchScanner
        implements Scanner
{
    private final ScannerContext context;

    CloudWatchScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        List<MetricRequest> requests = new ArrayList<>();
        for (JsonNode reservation : context.items("ec2-describe-instances", "Reservations")) {
            for (JsonNode instance : reservation.path("Instances")) {
                String instanceId = instance.path("InstanceId").asText();
                String arn = context.arns().ec2("instance", instanceId);
                requests.add(new MetricRequest(arn, "AWS/EC2", "InstanceId", instanceId, MetricName.CPU_UTILIZATION, "Average"));
                requests.add(new MetricRequest(arn, "AWS/EC2", "InstanceId", instanceId, MetricName.NETWORK_IN, "Sum"));
                requests.add(new MetricRequest(arn, "AWS/EC2", "InstanceId", instanceId, MetricName.NETWORK_OUT, "Sum"));
            }
        }
        for (JsonNode database : context.items("rds-describe-db-instances", "DBInstances")) {
            String identifier = database.path("DBInstanceIdentifier").asText();
            String arn = database.path("DBInstanceArn").asText(context.arns().rdsDbInstance(identifier));
            requests.add(new MetricRequest(arn, "AWS/RDS", "DBInstanceIdentifier", identifier, MetricName.CPU_UTILIZATION, "Average"));
            requests.add(new MetricRequest(arn, "AWS/RDS", "DBInstanceIdentifier", identifier, MetricName.DATABASE_CONNECTIONS, "Average"));
        }
        for (JsonNode function : context.items("lambda-list-functions", "Functions")) {
            String name = function.path("FunctionName").asText();
            String arn = function.path("FunctionArn").asText(context.arns().lambdaFunction(name));
            requests.add(new MetricRequest(arn, "AWS/Lambda", "FunctionName", name, MetricName.INVOCATIONS, "Sum"));
            requests.add(new MetricRequest(arn, "AWS/Lambda", "FunctionName", name, MetricName.DURATION, "Average"));
        }
        for (JsonNode cluster : context.items("elasticache-describe-cache-clusters", "CacheClusters")) {
            String clusterId = cluster.path("CacheClusterId").asText();
            String arn = cluster.path("ARN").asText(context.arns().elastiCacheCluster(clusterId));
            requests.add(new MetricRequest(arn, "AWS/ElastiCache", "CacheClusterId", clusterId, MetricName.CPU_UTILIZATION, "Average"));
            requests.add(new MetricRequest(arn, "AWS/ElastiCache", "CacheClusterId", clusterId, MetricName.CURRENT_CONNECTIONS, "Average"));
        }
        if (requests.isEmpty()) {
            return;
        }
        CloudWatchClient cloudWatch = context.client(CloudWatchClient.builder());
        MetricWindow window = new MetricWindow(context.metricsDays());
        Instant now = Instant.now();
        Instant start = window.start(now);
        Instant end = window.end(now);
        Map<String, List<MetricDataResult>> byResource = new LinkedHashMap<>();
        for (List<MetricRequest> batch : window.calls(requests)) {
            List<MetricDataQuery> queries = new ArrayList<>();
            for (int index = 0; index < batch.size(); index++) {
                queries.add(batch.get(index).query("q" + index, MetricWindow.PERIOD_SECONDS));
            }
            List<MetricDataResult> results = cloudWatch.getMetricDataPaginator(request -> request.metricDataQueries(queries).startTime(start).endTime(end))
                    .metricDataResults().stream().toList();
            for (MetricDataResult result : results) {
                MetricRequest request = batch.get(Integer.parseInt(result.id().substring(1)));
                if (!result.values().isEmpty()) {
                    byResource.computeIfAbsent(request.resourceArn(), arn -> new ArrayList<>())
                            .add(result.toBuilder().label(request.metric().cloudWatchName()).build());
                }
            }
        }
        byResource.forEach((arn, results) -> context.resourceDocument("cloudwatch-get-metric-data", arn, "MetricDataResults", results));
    }
}

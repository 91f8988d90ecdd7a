package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.CacheCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsService;
import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;

/**
 * Writes {@code cloudwatch-get-metric-data/<resource-arn>} for every compute resource: 90 daily
 * datapoints ({@code Period} 86400) up to 2026-10-31, newest first as CloudWatch returns them, one
 * result per metric labelled with the CloudWatch metric name. The ARN is the one the importer
 * builds: the instance ARN, {@code DBInstanceArn}, the ElastiCache cluster {@code ARN},
 * {@code FunctionArn} and {@code serviceArn}.
 */
final class MetricWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    MetricWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    private record Series(String id, String label, double[] values, int scale) {}

    void write(AccountRegion region)
    {
        for (Instance instance : topology.instances()) {
            if (instance.where().equals(region)) {
                UsageSeries usage = new UsageSeries(instance.profile(), instance.arn());
                List<Series> series = new ArrayList<>(List.of(
                        new Series("cpu", "CPUUtilization", usage.cpu(), 2),
                        new Series("networkIn", "NetworkIn", usage.network(true), 1),
                        new Series("networkOut", "NetworkOut", usage.network(false), 1)));
                if (instance.memoryAgent()) {
                    series.add(new Series("memory", "mem_used_percent", usage.memory(), 2));
                }
                write(region, instance.arn(), series);
            }
        }
        for (Database database : topology.databases()) {
            if (database.where().equals(region)) {
                UsageSeries usage = new UsageSeries(database.profile(), database.arn());
                write(region, database.arn(), List.of(
                        new Series("cpu", "CPUUtilization", usage.cpu(), 2),
                        new Series("connections", "DatabaseConnections", usage.volume(), 1)));
            }
        }
        for (CacheCluster cluster : topology.cacheClusters()) {
            if (cluster.where().equals(region)) {
                UsageSeries usage = new UsageSeries(cluster.profile(), cluster.arn());
                write(region, cluster.arn(), List.of(
                        new Series("cpu", "CPUUtilization", usage.cpu(), 2),
                        new Series("connections", "CurrConnections", usage.volume(), 1)));
            }
        }
        for (Function function : topology.functions()) {
            if (function.where().equals(region)) {
                UsageSeries usage = new UsageSeries(function.profile(), function.arn());
                write(region, function.arn(), List.of(
                        new Series("invocations", "Invocations", usage.volume(), 1),
                        new Series("duration", "Duration", usage.duration(), 2)));
            }
        }
        for (EcsService service : topology.ecsServices()) {
            if (service.cluster().where().equals(region)) {
                UsageSeries usage = new UsageSeries(service.profile(), service.arn());
                write(region, service.arn(), List.of(
                        new Series("cpu", "CPUUtilization", usage.cpu(), 2),
                        new Series("networkIn", "NetworkIn", usage.network(true), 1),
                        new Series("networkOut", "NetworkOut", usage.network(false), 1)));
            }
        }
    }

    private void write(AccountRegion region, String arn, List<Series> series)
    {
        List<LocalDate> days = UsageSeries.days();
        ArrayNode results = array();
        for (Series metric : series) {
            ObjectNode result = results.addObject();
            result.put("Id", metric.id());
            result.put("Label", metric.label());
            ArrayNode timestamps = result.putArray("Timestamps");
            ArrayNode values = result.putArray("Values");
            for (int day = days.size() - 1; day >= 0; day--) {
                timestamps.add(days.get(day) + "T00:00:00+00:00");
                values.add(AwsCliJsonWriter.decimal(metric.values()[day], metric.scale()));
            }
            result.put("StatusCode", "Complete");
        }
        ObjectNode document = NetworkJsonWriter.wrap("MetricDataResults", results);
        document.set("Messages", array());
        out.write(region.folder() + "/cloudwatch-get-metric-data/" + SampleIds.fileName(arn), document);
    }
}

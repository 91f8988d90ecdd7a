package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.FlowLogConfiguration;

/**
 * VPC flow-log configurations from {@code ec2-describe-flow-logs}: where each delivers and in which
 * format, so that the flow-log sources can read the records back.
 */
final class FlowLogReader
{
    private static final String OPERATION = "ec2-describe-flow-logs";

    private FlowLogReader() {}

    static void read(RegionContext context)
    {
        for (JsonNode flowLog : context.items(OPERATION, "FlowLogs")) {
            String flowLogId = Json.text(flowLog, "FlowLogId");
            if (flowLogId == null) {
                continue;
            }
            String destinationType = Json.text(flowLog, "LogDestinationType");
            // older flow logs name only a log group: they deliver to CloudWatch Logs
            context.estate().add(new FlowLogConfiguration(flowLogId, context.accountId(), context.region(),
                    Json.text(flowLog, "ResourceId"), Json.text(flowLog, "TrafficType"),
                    destinationType == null ? "cloud-watch-logs" : destinationType,
                    Json.text(flowLog, "LogDestination"), Json.text(flowLog, "LogGroupName"), Json.text(flowLog, "LogFormat")));
        }
    }
}

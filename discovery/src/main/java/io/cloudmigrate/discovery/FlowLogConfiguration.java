package io.cloudmigrate.discovery;

import static java.util.Objects.requireNonNull;

/**
 * A VPC flow log as EC2 {@code DescribeFlowLogs} reports it: what it watches, where it delivers and
 * in which format, so that its records can be read back and parsed.
 *
 * @param resourceId the VPC, subnet or network interface the flow log watches
 * @param trafficType {@code ACCEPT}, {@code REJECT} or {@code ALL}
 * @param logDestinationType {@code cloud-watch-logs}, {@code s3} or {@code kinesis-data-firehose}
 * @param logDestination the destination ARN (an S3 bucket with optional prefix, a log group), or {@code null}
 * @param logGroupName the CloudWatch Logs group, for {@code cloud-watch-logs} delivery; otherwise {@code null}
 * @param logFormat the record format, e.g. {@code ${version} ${account-id} ${interface-id} …}; AWS's default v2 format when the flow log states none
 */
public record FlowLogConfiguration(
        String flowLogId,
        String accountId,
        String region,
        String resourceId,
        String trafficType,
        String logDestinationType,
        String logDestination,
        String logGroupName,
        String logFormat)
{
    /** The format AWS uses when a flow log is created without one. */
    public static final String DEFAULT_LOG_FORMAT = "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
            + "${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}";

    public FlowLogConfiguration
    {
        requireNonNull(flowLogId, "flowLogId is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        requireNonNull(logDestinationType, "logDestinationType is null");
        logFormat = logFormat == null || logFormat.isBlank() ? DEFAULT_LOG_FORMAT : logFormat;
    }

    /** The field names of the format in order ({@code version}, {@code account-id} …), as a flow-log header line lists them. */
    public java.util.List<String> fieldNames()
    {
        return java.util.Arrays.stream(logFormat.trim().split("\\s+"))
                .map(field -> field.replace("${", "").replace("}", ""))
                .toList();
    }
}

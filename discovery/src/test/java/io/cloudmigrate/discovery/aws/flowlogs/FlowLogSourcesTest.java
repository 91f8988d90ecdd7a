package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.AwsEmulator;
import io.cloudmigrate.discovery.aws.AwsScan;
import io.cloudmigrate.discovery.aws.AwsScanOptions;
import io.cloudmigrate.discovery.aws.MotoFlowLogs;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads flow-log records back from the S3 objects and the CloudWatch Logs group an emulator holds. */
class FlowLogSourcesTest
{
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudmigrate.discovery.aws.AwsEmulator#both")
    void readsRecordsFromS3ObjectsAndCloudWatchLogsInTheirConfiguredFormat(AwsEmulator emulator)
            throws IOException
    {
        AwsEmulator.CallerAccount account = emulator.callerAccount();
        URI endpoint = account.endpoint();
        MotoFlowLogs.Seeded seeded = MotoFlowLogs.seed(account, "us-east-1");
        Inventory inventory = AwsScan.run(new AwsScanOptions(emulator.toString(), Optional.empty(), List.of("us-east-1"), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), new ApiCallRecorder(), progress -> {}).inventory();

        List<String> lines = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        try (FlowLogSources sources = FlowLogSources.open(inventory, Optional.empty(), Optional.of(endpoint), Instant.now().minus(Duration.ofDays(1)))) {
            assertThat(sources.skipped()).isEmpty();
            for (FlowLogSource source : sources.sources()) {
                locations.add(source.location());
                source.read((name, records) -> records.lines().forEach(line -> lines.add(source.configuration().flowLogId() + " " + line)));
            }
        }

        assertThat(locations).containsExactlyInAnyOrder("logs:vpc-flows", "s3://" + seeded.bucketName() + "/AWSLogs/" + account.accountId() + "/vpcflowlogs/us-east-1/");
        assertThat(lines).containsExactlyInAnyOrder(
                seeded.s3FlowLogId() + " " + MotoFlowLogs.S3_RECORDS.get(0),
                seeded.s3FlowLogId() + " " + MotoFlowLogs.S3_RECORDS.get(1),
                seeded.logsFlowLogId() + " " + MotoFlowLogs.LOG_EVENTS.get(0),
                seeded.logsFlowLogId() + " " + MotoFlowLogs.LOG_EVENTS.get(1));
        FlowLogConfiguration logs = inventory.flowLogs().stream().filter(flowLog -> flowLog.flowLogId().equals(seeded.logsFlowLogId())).findFirst().orElseThrow();
        assertThat(logs.fieldNames()).containsExactly("version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport", "protocol",
                "packets", "bytes", "start", "end", "action", "log-status");
    }
}

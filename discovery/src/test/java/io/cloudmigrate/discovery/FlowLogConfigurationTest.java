package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FlowLogConfigurationTest
{
    @Test
    void importReadsFlowLogConfigurationsWithTheirFormatAndDestination(@TempDir Path directory)
    {
        assumeTrue(SampleEstate.isBundled(), "the sample estate is not generated yet");

        Inventory inventory = AwsCliImporter.importDirectory(SampleEstate.extractTo(directory.resolve("sample")));

        assertThat(inventory.flowLogs()).filteredOn(flowLog -> flowLog.flowLogId().equals("fl-0832b3587f32304c0")).singleElement()
                .isEqualTo(new FlowLogConfiguration("fl-0832b3587f32304c0", "111111111111", "us-east-1", "vpc-039168c60e3156ec9", "ALL", "s3",
                        "arn:aws:s3:::northwind-vpc-flow-logs/111111111111/", null, FlowLogConfiguration.DEFAULT_LOG_FORMAT));
        assertThat(inventory.flowLogs()).extracting(FlowLogConfiguration::flowLogId).isSorted();
    }

    @Test
    void namesTheFieldsOfTheFormatInOrder()
    {
        FlowLogConfiguration flowLog = new FlowLogConfiguration("fl-1", "111111111111", "us-east-1", "vpc-1", "ALL", "cloud-watch-logs", null, "flows",
                "${version} ${vpc-id} ${srcaddr} ${dstaddr} ${bytes}");

        assertThat(flowLog.fieldNames()).containsExactly("version", "vpc-id", "srcaddr", "dstaddr", "bytes");
    }

    @Test
    void aFlowLogWithoutFormatUsesTheDefaultVersionTwoFormat()
    {
        FlowLogConfiguration flowLog = new FlowLogConfiguration("fl-1", "111111111111", "us-east-1", "vpc-1", "ALL", "s3", "arn:aws:s3:::logs", null, null);

        assertThat(flowLog.fieldNames()).hasSize(14).startsWith("version", "account-id", "interface-id").endsWith("log-status");
    }

    @Test
    void readsAnInventoryWrittenBeforeFlowLogsWereRecorded(@TempDir Path directory)
            throws IOException
    {
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-1", "old", "2026-01-01T00:00:00Z", new Scope(List.of("111111111111"), List.of("us-east-1")),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);
        Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"flowLogs\"\\s*:\\s*\\[\\s*]", ""));

        assertThat(Files.readString(file)).doesNotContain("flowLogs");
        assertThat(JsonDocuments.readInventory(file).flowLogs()).isEmpty();
    }
}

package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EBS volumes attached to nothing: a kept one becomes an encrypted volume restored from a snapshot, with the source's
 * type, size, IOPS and throughput as inputs, in Terraform and CloudFormation; a retired one becomes nothing. The result
 * goes through terraform fmt and validate, cfn-lint and checkov, as the other generated estates do.
 */
class VolumeEstateTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String PREFIX = "arn:aws:ec2:eu-west-1:111122223333:volume/";
    private static final String REPORTS = PREFIX + "vol-0reports";
    private static final String JOURNAL = PREFIX + "vol-0journal";
    private static final String SCRATCH = PREFIX + "vol-0scratch";
    private static final String CLOUDFORMATION = "cloudformation/wave-01-111122223333-eu-west-1.yaml";

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void restoresAKeptVolumeFromItsSnapshotWithTheSourcesSettingsAsInputs()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("""
                        resource "aws_ebs_volume" "reports" {
                          provider = aws.a111122223333_eu_west_1

                          availability_zone = var.reports_availability_zone
                          snapshot_id       = var.reports_snapshot_id
                          size              = var.reports_size
                          type              = var.reports_type
                          iops              = var.reports_iops
                          throughput        = var.reports_throughput
                          encrypted         = true
                          kms_key_id        = var.ebs_kms_key_id
                        """)
                .containsPattern("variable \"reports_iops\" \\{\\n(?:.*\\n){2}  default     = 6000\\n")
                .containsPattern("variable \"reports_throughput\" \\{\\n(?:.*\\n){2}  default     = 500\\n")
                .containsPattern("variable \"journal_type\" \\{\\n(?:.*\\n){2}  default     = \"io2\"\\n")
                .containsPattern("variable \"journal_iops\" \\{\\n(?:.*\\n){2}  default     = 20000\\n")
                .doesNotContain("journal_throughput")
                .doesNotContain("resource \"aws_ebs_volume\" \"scratch\"")
                .contains("# Not provisioned: scratch (EBS volume, " + SCRATCH + "): Retire");
        assertThat(read("terraform/wave-01/variables.tf")).contains("variable \"ebs_kms_key_id\" {");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"reports_volume_id\" {");
    }

    @Test
    void declaresTheSameVolumesInCloudFormation()
            throws IOException
    {
        assertThat(read(CLOUDFORMATION))
                .contains("  ReportsVolume:\n    Type: \"AWS::EC2::Volume\"\n")
                .contains("      SnapshotId: {\"Ref\": \"ReportsVolumeSnapshotId\"}\n")
                .contains("      Iops: {\"Ref\": \"JournalVolumeIops\"}\n")
                .contains("      Encrypted: true\n")
                .contains("  ReportsVolumeThroughput:\n    Type: \"Number\"\n")
                .contains("  ReportsVolumeSnapshotId:\n    Type: \"String\"\n    Description: \"The snapshot of vol-0reports that the runbook copied into the target"
                        + " account and Region; the volume is restored from it.\"\n  ReportsVolumeThroughput:")
                .doesNotContain("ScratchVolume");
    }

    @Test
    void tellsTheRunbookReaderToSnapshotCopyAndRestore()
            throws IOException
    {
        String runbook = read("runbooks/wave-01.md");
        assertThat(runbook)
                .contains("Snapshot it (`aws ec2 create-snapshot --volume-id vol-0reports`)")
                .contains("`reports_snapshot_id`")
                .contains("Take a final snapshot of `vol-0scratch`");
    }

    @Test
    void passesTerraformAndCfnLint()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
        ExternalTools.assertTerraformValid(output.resolve("terraform/wave-01"));
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result lint = ExternalTools.run(output, List.of(cfnLint.toString(), "--", CLOUDFORMATION));
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    @Test
    void passesCheckov()
            throws IOException, InterruptedException
    {
        Path checkov = ExternalTools.require("checkov");
        for (String framework : List.of("terraform", "cloudformation")) {
            ExternalTools.Result result = ExternalTools.run(output, List.of(checkov.toString(), "--directory", framework, "--framework", framework,
                    "--compact", "--quiet", "--skip-download"));
            Matcher summary = Pattern.compile("Failed checks: (\\d+)").matcher(result.output());
            assertThat(summary.find()).as("checkov's summary in: %s", result.output()).isTrue();
            assertThat(summary.group(1)).as(result.output()).isEqualTo("0");
        }
    }

    private static Assessment assessment()
    {
        List<String> members = List.of(JOURNAL, REPORTS, SCRATCH);
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-volumes", "Volume estate", "2025-06-30T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), List.of(
                        volume(REPORTS, "reports", "gp3", 500, 6000, 500),
                        volume(JOURNAL, "journal", "io2", 200, 20000, null),
                        volume(SCRATCH, "scratch", "st1", 1000, null, null)),
                List.of(), List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(members, List.of(), List.of(), List.of(new MigrationWave(1, members)), List.of(), List.of());
        List<Recommendation> recommendations = List.of(
                new Recommendation(REPORTS, Strategy.REHOST, "Amazon EBS volume restored from a snapshot", "T", "Kept by its owner.", 0.5, List.of()),
                new Recommendation(JOURNAL, Strategy.RELOCATE, null, "T", "Kept by its owner.", 0.5, List.of()),
                new Recommendation(SCRATCH, Strategy.RETIRE, null, "B3", "Attached to nothing.", 0.75, List.of()));
        return new Assessment(Assessment.SCHEMA_VERSION, "volumes", "2025-07-01", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    private static Resource volume(String id, String name, String type, int sizeGb, Integer iops, Integer throughput)
    {
        String volumeId = id.substring(id.lastIndexOf('/') + 1);
        return new Resource(id, ResourceType.EBS_VOLUME, ACCOUNT, REGION, name, Map.of("Name", name, "owner", "data-team"), NetworkPlacement.NONE,
                new ResourceDetails.UnattachedVolume(volumeId, type, sizeGb, iops, throughput, true, REGION + "a", "available", null, "2024-02-01T00:00:00Z"));
    }

    private static String read(String file)
            throws IOException
    {
        return Files.readString(output.resolve(file));
    }
}

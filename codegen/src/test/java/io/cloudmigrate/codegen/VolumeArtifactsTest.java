package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The volumes of {@link VolumeEstateFixture}: a Multi-Attach volume is created once and attached to each of
 * its instances, across waves too, and an instance without a known root volume says so in both formats.
 */
class VolumeArtifactsTest
{
    private static final String WAVE_1_STACK = "cloudformation/wave-01-111122223333-eu-west-1.yaml";
    private static final String WAVE_2_STACK = "cloudformation/wave-02-111122223333-eu-west-1.yaml";
    private static final Pattern CHECKOV_SUMMARY = Pattern.compile("Passed checks: (\\d+), Failed checks: (\\d+), Skipped checks: (\\d+)");

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(VolumeEstateFixture.assessment(), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM, ArtifactKind.CLOUDFORMATION)));
    }

    @Test
    void createsTheMultiAttachVolumeOnceWithTheInstanceOfTheEarliestWaveAndLowestIdAndAttachesItToTheOthers()
            throws IOException
    {
        String wave1 = read("terraform/wave-01/main.tf");
        String wave2 = read("terraform/wave-02/main.tf");

        // zeta (i-0a) owns it: wave 1 comes before gamma's wave 2, and i-0a sorts before alpha's i-0b
        assertThat(count(wave1 + wave2, "replacing vol-0shared")).isEqualTo(1);
        assertThat(wave1)
                .contains("resource \"aws_ebs_volume\" \"zeta_sdf\" {")
                .containsPattern("resource \"aws_ebs_volume\" \"zeta_sdf\" \\{\\n(?:.*\\n)*?  multi_attach_enabled = true\\n")
                .contains("resource \"aws_volume_attachment\" \"zeta_sdf\" {")
                .contains("resource \"aws_volume_attachment\" \"alpha_sdg\" {\n"
                        + "  provider = aws.a111122223333_eu_west_1\n\n"
                        + "  device_name = \"/dev/sdg\"\n"
                        + "  volume_id   = aws_ebs_volume.zeta_sdf.id\n"
                        + "  instance_id = aws_instance.alpha.id\n")
                .doesNotContain("resource \"aws_ebs_volume\" \"alpha_sdg\"");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"zeta_sdf_volume_id\" {");
        assertThat(wave2)
                .doesNotContain("resource \"aws_ebs_volume\"")
                .contains("data \"terraform_remote_state\" \"wave_01\" {")
                .contains("resource \"aws_volume_attachment\" \"gamma_sdf\" {\n"
                        + "  provider = aws.a111122223333_eu_west_1\n\n"
                        + "  device_name = \"/dev/sdf\"\n"
                        + "  volume_id   = data.terraform_remote_state.wave_01.outputs.zeta_sdf_volume_id\n"
                        + "  instance_id = aws_instance.gamma.id\n");
    }

    @Test
    void createsTheMultiAttachVolumeOnceInCloudFormationAndImportsItInTheLaterStack()
            throws IOException
    {
        Map<String, Object> wave1 = yaml(WAVE_1_STACK);
        Map<String, Object> wave2 = yaml(WAVE_2_STACK);

        Map<String, Object> resources1 = map(wave1, "Resources");
        assertThat(resources1.keySet().stream().filter(key -> key.endsWith("Volume")).toList()).containsExactly("ZetaSdfVolume");
        assertThat(map(map(resources1, "ZetaSdfVolume"), "Properties")).containsEntry("MultiAttachEnabled", true).containsEntry("Encrypted", true);
        assertThat(map(map(resources1, "AlphaSdgVolumeAttachment"), "Properties"))
                .containsEntry("VolumeId", Map.of("Ref", "ZetaSdfVolume"))
                .containsEntry("InstanceId", Map.of("Ref", "AlphaInstance"))
                .containsEntry("Device", "/dev/sdg");
        assertThat(map(map(wave1, "Outputs"), "ZetaSdfVolumeId")).containsEntry("Value", Map.of("Ref", "ZetaSdfVolume"));
        assertThat(map(wave1, "Parameters")).containsKey("ZetaSdfVolumeSize").doesNotContainKey("AlphaSdgVolumeSize");

        Map<String, Object> resources2 = map(wave2, "Resources");
        assertThat(resources2.keySet().stream().filter(key -> key.endsWith("Volume")).toList()).isEmpty();
        assertThat(map(map(resources2, "GammaSdfVolumeAttachment"), "Properties"))
                .containsEntry("VolumeId", Map.of("Fn::ImportValue", Map.of("Fn::Sub", "${Wave01StackName}-ZetaSdfVolumeId")));
        assertThat(read(WAVE_2_STACK)).contains("  # /dev/sdf of gamma: Multi-Attach volume vol-0shared, created by the stack of wave 01 with the target of another of its instances;");
        // the deploy test creates stacks with the parameters' defaults: the stack name has one
        assertThat(map(map(wave2, "Parameters"), "Wave01StackName")).containsEntry("Default", "wave-01-111122223333-eu-west-1");
    }

    @Test
    void saysInBothFormatsThatTheRootVolumeOfAnInstanceWithoutAKnownRootIsTheAmis()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("  # Not generated: the root volume as the source has it; the inventory does not give its size and type, so root_block_device sets gp3 and "
                        + "encryption and keeps the rest of the AMI's root device, its size included.\n")
                .contains("  # Not generated: the root volume as the source has it; the inventory does not give its size and type, or which volume is the root,")
                .contains("  # Not generated: EBS volume(s) vol-0lr, vol-0ld of 2 (0 GiB in all)");

        Map<String, Object> resources = map(yaml(WAVE_1_STACK), "Resources");
        Map<String, Object> bare = map(resources, "BareInstance");
        assertThat(map(bare, "Properties")).doesNotContainKey("BlockDeviceMappings");
        assertThat(notGenerated(bare)).singleElement().asString()
                .startsWith("The root volume as the source has it: the inventory does not give its size and type, and a block device mapping must name")
                .contains("The instance takes that AMI's root device as it is: its size, type and encryption");
        Map<String, Object> legacy = map(resources, "LegacyInstance");
        assertThat(map(legacy, "Properties")).doesNotContainKey("BlockDeviceMappings");
        assertThat(notGenerated(legacy)).hasSize(2).last().asString()
                .startsWith("EBS volume(s) vol-0lr, vol-0ld of 2 (0 GiB in all), whose size, type or device, or which of them is the root, the inventory does not give");
        // an instance whose root is known gets it as the source has it, and no note
        assertThat(map(resources, "ZetaInstance")).doesNotContainKey("Metadata");
        assertThat(map(map(resources, "ZetaInstance"), "Properties")).containsKey("BlockDeviceMappings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wave-01", "wave-02"})
    void passesTerraformValidate(String wave)
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformValid(output.resolve("terraform").resolve(wave));
    }

    @Test
    void isFormattedAsTerraformFmtWants()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
    }

    @Test
    void passesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result result = ExternalTools.run(output, List.of(cfnLint.toString(), "--", WAVE_1_STACK, WAVE_2_STACK));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terraform", "cloudformation"})
    void passesEveryCheckovCheckItDoesNotSkipWithAReason(String framework)
            throws IOException, InterruptedException
    {
        Path checkov = ExternalTools.require("checkov");
        ExternalTools.Result result = ExternalTools.run(output, List.of(checkov.toString(), "--directory", framework, "--framework", framework,
                "--compact", "--quiet", "--skip-download"));
        Matcher summary = CHECKOV_SUMMARY.matcher(result.output());

        assertThat(summary.find()).as("checkov's summary in: %s", result.output()).isTrue();
        assertThat(Integer.parseInt(summary.group(2))).as("failed checks: %s", result.output()).isZero();
        try (Stream<Path> files = Files.walk(output.resolve(framework))) {
            GeneratedArtifacts artifacts = new GeneratedArtifacts(output,
                    files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString()).sorted().toList());
            assertThat(Long.parseLong(summary.group(3))).as("skipped checks").isEqualTo(ArtifactGenerator.checkovSkips(artifacts));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> notGenerated(Map<String, Object> resource)
    {
        return (List<String>) map(map(resource, "Metadata"), "CloudMigrate").get("NotGenerated");
    }

    private static int count(String text, String part)
    {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Map<String, Object> yaml(String file)
            throws IOException
    {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key)
    {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    private static String read(String file)
            throws IOException
    {
        return Files.readString(output.resolve(file));
    }
}

package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CloudFormationArtifactsTest
{
    private static final List<String> TEMPLATES = List.of("cloudformation/wave-01-111122223333-eu-west-1.yaml", "cloudformation/wave-02-111122223333-eu-west-1.yaml", "cloudformation/wave-03-111122223333-eu-west-1.yaml");

    @TempDir
    Path output;

    @BeforeEach
    void generate()
    {
        new ArtifactGenerator().generate(AssessmentFixture.withNothingToProvisionInWave3(), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.CLOUDFORMATION)));
    }

    @Test
    void parsesAsYamlWithTheTemplateSections()
            throws IOException
    {
        for (String template : TEMPLATES) {
            Map<String, Object> document = parse(template);
            assertThat(document).as(template).containsEntry("AWSTemplateFormatVersion", "2010-09-09").containsKeys("Description", "Resources");
            assertThat(map(document, "Resources")).as(template).isNotEmpty();
        }
    }

    @Test
    void keepsEstateTextLiteral()
            throws IOException
    {
        Map<String, Object> instance = map(map(parse("cloudformation/wave-02-111122223333-eu-west-1.yaml"), "Resources"), "Web1Instance");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tags = (List<Map<String, Object>>) map(instance, "Properties").get("Tags");

        assertThat(tags).contains(Map.of("Key", "Note", "Value", AssessmentFixture.NASTY_TAG));
        assertThat((String) parse("cloudformation/wave-01-111122223333-eu-west-1.yaml").get("Description")).contains(AssessmentFixture.ESTATE_NAME);
    }

    @Test
    void snapshotsTheDatabaseAndLetsRdsManageItsPassword()
            throws IOException
    {
        Map<String, Object> database = map(map(parse("cloudformation/wave-01-111122223333-eu-west-1.yaml"), "Resources"), "OrdersDbDatabase");

        assertThat(database)
                .containsEntry("Type", "AWS::RDS::DBInstance")
                .containsEntry("DeletionPolicy", "Snapshot")
                .containsEntry("UpdateReplacePolicy", "Snapshot");
        assertThat(map(database, "Properties"))
                .containsEntry("ManageMasterUserPassword", true)
                .containsEntry("Engine", "postgres")
                .containsEntry("EngineVersion", "16")
                .containsEntry("DBInstanceClass", "db.m6g.large")
                .doesNotContainKey("MasterUserPassword");
    }

    @Test
    void declaresTypedParametersForTheTargetNetworkAndImages()
            throws IOException
    {
        Map<String, Object> parameters = map(parse("cloudformation/wave-02-111122223333-eu-west-1.yaml"), "Parameters");

        // sg-0db, created by wave 1's stack, is imported from it rather than asked for; the replacement of the Classic Load Balancer needs a certificate
        // web-2's root and data volumes take the source's size, type, IOPS and throughput as defaults, an optional KMS key all of them
        assertThat(parameters).containsOnlyKeys("CertificateArn", "EbsKmsKeyId", "ImageIdAmi0abc1234", "NameSuffix", "Subnet0app1", "Subnet0app2", "VpcId0a1",
                "Wave01StackName", "Web2RootVolumeSize", "Web2RootVolumeType", "Web2SdfVolumeIops", "Web2SdfVolumeSize", "Web2SdfVolumeThroughput", "Web2SdfVolumeType");
        assertThat(map(parameters, "Web2SdfVolumeSize")).containsEntry("Type", "Number").containsEntry("Default", "100");
        assertThat(map(parameters, "Web2RootVolumeType")).containsEntry("Default", "gp2");
        assertThat(map(parameters, "NameSuffix")).containsEntry("MaxLength", 18);
        Map<String, Object> resources = map(parse("cloudformation/wave-02-111122223333-eu-west-1.yaml"), "Resources");
        assertThat(map(map(resources, "Web2SdfVolume"), "Properties")).containsEntry("Encrypted", true).containsKeys("AvailabilityZone", "Iops", "Throughput", "KmsKeyId");
        assertThat(map(map(resources, "Web2SdfVolumeAttachment"), "Properties")).containsEntry("Device", "/dev/sdf");
        assertThat(resources).doesNotContainKey("Web2XvdaVolume");
        assertThat(map(parameters, "Wave01StackName")).containsEntry("Type", "String").containsEntry("Default", "wave-01-111122223333-eu-west-1");
        assertThat(map(parameters, "VpcId0a1")).containsEntry("Type", "AWS::EC2::VPC::Id");
        assertThat(map(parameters, "ImageIdAmi0abc1234")).containsEntry("Type", "AWS::EC2::Image::Id");
        assertThat(map(parameters, "Subnet0app1")).containsEntry("Type", "AWS::EC2::Subnet::Id");
    }

    @Test
    void passesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        List<String> command = new ArrayList<>(List.of(cfnLint.toString(), "--"));
        command.addAll(TEMPLATES);
        ExternalTools.Result result = ExternalTools.run(output, command);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private Map<String, Object> parse(String template)
            throws IOException
    {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(output.resolve(template)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key)
    {
        return (Map<String, Object>) parent.get(key);
    }
}

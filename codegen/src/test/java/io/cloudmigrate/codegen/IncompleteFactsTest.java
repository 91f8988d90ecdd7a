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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance whose inventory has no instance type (and no priced target to take one from): the code
 * is generated as far as the facts go, and asks the team for the rest instead of failing or writing {@code null}.
 */
class IncompleteFactsTest
{
    private static final String WAVE_2_STACK = "cloudformation/wave-02-111122223333-eu-west-1.yaml";

    @TempDir
    Path output;

    @BeforeEach
    void generate()
    {
        // m6i.large is the priced target the instance type would otherwise come from
        StringRewriter withoutInstanceType = new StringRewriter(value -> switch (value) {
            case "m5.large" -> null;
            case "m6i.large Linux" -> "Linux";
            default -> value;
        }, Set.of());
        new ArtifactGenerator().generate(withoutInstanceType.rewrite(AssessmentFixture.assessment()), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM, ArtifactKind.CLOUDFORMATION, ArtifactKind.RUNBOOK)));
    }

    @Test
    void asksForTheInstanceTypeThroughARequiredTerraformInput()
            throws IOException
    {
        String main = Files.readString(output.resolve("terraform/wave-02/main.tf"));

        assertThat(main)
                .contains("# TO FILL IN: the inventory does not give the instance_type of arn:aws:ec2:eu-west-1:111122223333:instance/i-0web1; terraform plan asks for var.web_1_instance_type.\n"
                        + "variable \"web_1_instance_type\" {\n")
                .contains("  instance_type          = var.web_1_instance_type\n")
                .contains("source type unknown.")
                .doesNotContain("null");
    }

    @Test
    void asksForTheInstanceTypeThroughACloudFormationParameterWithoutDefault()
            throws IOException
    {
        String stack = Files.readString(output.resolve(WAVE_2_STACK));
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions())).load(stack);

        Map<String, Object> parameter = map(map(template, "Parameters"), "Web1InstanceType");
        assertThat(parameter).containsEntry("Type", "String").doesNotContainKey("Default");
        assertThat((String) parameter.get("Description")).startsWith("TO FILL IN: the instance type of the target of web-1");
        assertThat(map(map(map(template, "Resources"), "Web1Instance"), "Properties")).containsEntry("InstanceType", Map.of("Ref", "Web1InstanceType"));
        assertThat(stack).doesNotContain("null");
    }

    @Test
    void passesTerraformValidate()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformValid(output.resolve("terraform/wave-02"));
    }

    @Test
    void passesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result result = ExternalTools.run(output, List.of(cfnLint.toString(), "--", WAVE_2_STACK));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void asksForTheClassOfADatabaseWhoseInventoryHasNone()
            throws IOException, InterruptedException
    {
        StringRewriter withoutClass = new StringRewriter(value -> switch (value) {
            case "db.m5.large" -> null;
            case "db.m6g.large RDS for PostgreSQL" -> "RDS for PostgreSQL";
            default -> value;
        }, Set.of());
        Path database = output.resolve("database");
        new ArtifactGenerator().generate(withoutClass.rewrite(AssessmentFixture.assessment()), database,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM, ArtifactKind.CLOUDFORMATION)));

        assertThat(database.resolve("terraform/wave-01/main.tf")).content()
                .contains("variable \"orders_db_instance_class\" {\n")
                .containsPattern("(?m)^  instance_class +\\= var\\.orders_db_instance_class$")
                .doesNotContain("null");
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(database.resolve("cloudformation/wave-01-111122223333-eu-west-1.yaml")));
        assertThat(map(map(template, "Parameters"), "OrdersDbDBInstanceClass")).doesNotContainKey("Default");
        ExternalTools.assertTerraformValid(database.resolve("terraform/wave-01"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key)
    {
        return (Map<String, Object>) parent.get(key);
    }
}

package io.cloudmigrate.codegen;

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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estate text that tries to close its string or comment and open a block of its own: the generated
 * code must hold it as text, never as a resource.
 */
class TemplateInjectionTest
{
    private static final String INJECTED_BLOCK = "\nresource \"aws_iam_user\" \"injected\" {\n  name = \"injected\"\n}\n";
    private static final String INJECTED_YAML = "\n  InjectedUser:\n    Type: \"AWS::IAM::User\"\n";

    @TempDir
    Path output;

    @Test
    void keepsAPlatformWithALineBreakOutOfTheTerraformStructure()
            throws IOException
    {
        generate("Linux/UNIX", "Linux/UNIX" + INJECTED_BLOCK, ArtifactKind.TERRAFORM);

        String main = Files.readString(output.resolve("terraform/wave-02/main.tf"));
        assertThat(main).doesNotContain("\nresource \"aws_iam_user\"");
        assertThat(main).contains("# web-1 (arn:aws:ec2:eu-west-1:111122223333:instance/i-0web1): Rehost, Linux/UNIX resource \"aws_iam_user\" \"injected\" {   name = \"injected\" } , source type m5.large.");
    }

    @Test
    void keepsAPlatformWithALineBreakOutOfTheCloudFormationResources()
            throws IOException
    {
        generate("Linux/UNIX", "Linux/UNIX" + INJECTED_YAML + "  #", ArtifactKind.CLOUDFORMATION);

        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(output.resolve("cloudformation/wave-02-111122223333-eu-west-1.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        assertThat(resources).doesNotContainKey("InjectedUser");
        assertThat(resources.values()).noneMatch(resource -> resource.toString().contains("AWS::IAM::User"));
    }

    @Test
    void keepsAClusterEngineVersionWithALineBreakInItsComment()
            throws IOException
    {
        // a version without a dot gets the "major version alone" comment, which printed it raw
        StringRewriter rewriter = new StringRewriter(value -> value.equals("16.8") ? "16" + INJECTED_BLOCK : value, Set.of());
        new ArtifactGenerator().generate(rewriter.rewrite(ClusterEstateFixture.assessment()), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM)));

        try (Stream<Path> files = Files.walk(output.resolve("terraform"))) {
            List<Path> mainFiles = files.filter(file -> file.endsWith("main.tf")).toList();
            assertThat(mainFiles).isNotEmpty();
            for (Path main : mainFiles) {
                assertThat(Files.readString(main)).as(main.toString()).doesNotContain("\nresource \"aws_iam_user\"");
            }
        }
    }

    private void generate(String original, String replacement, ArtifactKind kind)
    {
        StringRewriter rewriter = new StringRewriter(value -> value.equals(original) ? replacement : value, Set.of());
        new ArtifactGenerator().generate(rewriter.rewrite(AssessmentFixture.assessment()), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(kind)));
    }
}

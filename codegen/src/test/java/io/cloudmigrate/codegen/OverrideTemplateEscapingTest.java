package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.CloudMigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A team's own templates ({@code generate --templates DIR}) get the escaping of their file name, so
 * an override that prints a value without any helper still cannot break out of its string.
 */
class OverrideTemplateEscapingTest
{
    private static final String HOSTILE_NAME = "Acme \"prod\"\nresource \"aws_iam_user\" \"injected\" {}\n${var.x} <b>*bold*</b>";

    @TempDir
    Path temporary;

    @Test
    void escapesAPlainInterpolationInATerraformOverride()
            throws IOException
    {
        Path output = generate("terraform/versions.tf.ftl", "# [=estateName]\nlocals {\n  estate = \"[=estateName]\"\n}\n", ArtifactKind.TERRAFORM);

        assertThat(output.resolve("terraform/wave-01/versions.tf")).content().isEqualTo("""
                # Acme \\"prod\\"\\nresource \\"aws_iam_user\\" \\"injected\\" {}\\n$${var.x} <b>*bold*</b>
                locals {
                  estate = "Acme \\"prod\\"\\nresource \\"aws_iam_user\\" \\"injected\\" {}\\n$${var.x} <b>*bold*</b>"
                }
                """);
    }

    @Test
    void quotesAPlainInterpolationInACloudFormationOverride()
            throws IOException
    {
        Path output = generate("cloudformation/wave.yaml.ftl", "Description: [=estateName]\nResources: {}\n", ArtifactKind.CLOUDFORMATION);

        assertThat(output.resolve("cloudformation/wave-01-111122223333-eu-west-1.yaml")).content()
                .isEqualTo("Description: \"Acme \\\"prod\\\"\\nresource \\\"aws_iam_user\\\" \\\"injected\\\" {}\\n${var.x} <b>*bold*</b>\"\nResources: {}\n");
    }

    @Test
    void escapesAPlainInterpolationInAMarkdownOverride()
            throws IOException
    {
        Path output = generate("runbook/wave.md.ftl", "# [=estateName]\n", ArtifactKind.RUNBOOK);

        assertThat(output.resolve("runbooks/wave-01.md")).content()
                .isEqualTo("# Acme \"prod\" resource \"aws\\_iam\\_user\" \"injected\" {} ${var.x} \\<b\\>\\*bold\\*\\</b\\>\n");
    }

    @Test
    void refusesAValueWrittenAsAnIdentifierThatIsNotOne()
            throws IOException
    {
        Path templates = temporary.resolve("templates");
        Files.createDirectories(templates.resolve("terraform"));
        Files.writeString(templates.resolve("terraform/versions.tf.ftl"), "locals {\n  estate = [=id(estateName)]\n}\n");

        assertThatThrownBy(() -> new ArtifactGenerator().generate(rewritten(), temporary.resolve("out"),
                GenerationOptions.defaults().withTemplateOverrideDirectory(templates).withKinds(EnumSet.of(ArtifactKind.TERRAFORM))))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageContaining("template terraform/versions.tf.ftl failed at line 2")
                .hasMessageContaining("id(...) takes an identifier");
    }

    private Path generate(String templateName, String template, ArtifactKind kind)
            throws IOException
    {
        Path templates = temporary.resolve("templates");
        Files.createDirectories(templates.resolve(templateName).getParent());
        Files.writeString(templates.resolve(templateName), template);
        Path output = temporary.resolve("out");
        new ArtifactGenerator().generate(rewritten(), output,
                GenerationOptions.defaults().withTemplateOverrideDirectory(templates).withKinds(EnumSet.of(kind)));
        return output;
    }

    private static io.cloudmigrate.recommend.Assessment rewritten()
    {
        return new StringRewriter(value -> value.equals(AssessmentFixture.ESTATE_NAME) ? HOSTILE_NAME : value, Set.of()).rewrite(AssessmentFixture.assessment());
    }
}

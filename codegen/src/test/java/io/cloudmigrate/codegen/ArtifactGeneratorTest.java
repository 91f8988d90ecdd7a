package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactGeneratorTest
{
    private final ArtifactGenerator generator = new ArtifactGenerator();

    @TempDir
    Path temporary;

    @Test
    void writesEveryArtifactOfEveryWave()
            throws IOException
    {
        Path output = temporary.resolve("out");
        GeneratedArtifacts artifacts = generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        List<String> expected = List.of(
                "cloudformation/wave-01-111122223333-eu-west-1.yaml",
                "cloudformation/wave-02-111122223333-eu-west-1.yaml",
                "report/readiness-report.html",
                "report/readiness-report.pdf",
                "runbooks/README.md",
                "runbooks/wave-01.md",
                "runbooks/wave-01.pdf",
                "runbooks/wave-02.md",
                "runbooks/wave-02.pdf",
                "terraform/README.md",
                "terraform/wave-01/main.tf",
                "terraform/wave-01/outputs.tf",
                "terraform/wave-01/variables.tf",
                "terraform/wave-01/versions.tf",
                "terraform/wave-02/main.tf",
                "terraform/wave-02/outputs.tf",
                "terraform/wave-02/variables.tf",
                "terraform/wave-02/versions.tf");
        assertThat(artifacts.files()).isEqualTo(expected);
        assertThat(filesUnder(output)).isEqualTo(Stream.concat(Stream.of(OutputDirectory.MANIFEST), expected.stream()).sorted().toList());
        for (String file : expected) {
            assertThat(Files.size(artifacts.resolve(file))).as(file).isPositive();
        }
    }

    @Test
    void generatesByteIdenticalArtifactsOnEveryRunAndInEveryDirectory()
            throws IOException
    {
        Path first = temporary.resolve("first");
        Path second = temporary.resolve("elsewhere/second");
        GeneratedArtifacts firstRun = generator.generate(AssessmentFixture.assessment(), first, GenerationOptions.defaults());
        GeneratedArtifacts secondRun = generator.generate(AssessmentFixture.assessment(), second, GenerationOptions.defaults());

        assertThat(secondRun.files()).isEqualTo(firstRun.files());
        for (String file : firstRun.files()) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void doesNotDependOnTheDefaultLocaleOrTimeZone()
            throws IOException
    {
        Path reference = temporary.resolve("reference");
        Path turkish = temporary.resolve("turkish");
        GeneratedArtifacts artifacts = generator.generate(AssessmentFixture.assessment(), reference, GenerationOptions.defaults());
        Locale locale = Locale.getDefault();
        TimeZone timeZone = TimeZone.getDefault();
        try {
            // Turkish lower-cases I without a dot and German writes 1.234,56: both would show in names and amounts
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            generator.generate(AssessmentFixture.assessment(), turkish, GenerationOptions.defaults());
            Locale.setDefault(Locale.GERMANY);
            generator.generate(AssessmentFixture.assessment(), temporary.resolve("german"), GenerationOptions.defaults());
        }
        finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(timeZone);
        }
        for (String file : artifacts.files()) {
            assertThat(Files.readAllBytes(turkish.resolve(file))).as(file).isEqualTo(Files.readAllBytes(reference.resolve(file)));
            assertThat(Files.readAllBytes(temporary.resolve("german").resolve(file))).as(file).isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
    }

    @Test
    void writesOnlyTheRequestedKinds()
    {
        GeneratedArtifacts artifacts = generator.generate(AssessmentFixture.assessment(), temporary,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.CLOUDFORMATION, ArtifactKind.RUNBOOK)));

        assertThat(artifacts.files()).containsExactly("cloudformation/wave-01-111122223333-eu-west-1.yaml", "cloudformation/wave-02-111122223333-eu-west-1.yaml", "runbooks/README.md", "runbooks/wave-01.md", "runbooks/wave-02.md");
    }

    @Test
    void rendersRunbookPdfsWithoutTheirMarkdownAndLeavesNoScratchFilesBehind()
            throws IOException
    {
        Path pdfOnly = temporary.resolve("pdf-only");
        Path both = temporary.resolve("both");
        GeneratedArtifacts artifacts = generator.generate(AssessmentFixture.assessment(), pdfOnly,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK_PDF)));
        generator.generate(AssessmentFixture.assessment(), both, GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK, ArtifactKind.RUNBOOK_PDF)));

        assertThat(artifacts.files()).containsExactly("runbooks/wave-01.pdf", "runbooks/wave-02.pdf");
        assertThat(filesUnder(pdfOnly)).containsExactly(OutputDirectory.MANIFEST, "runbooks/wave-01.pdf", "runbooks/wave-02.pdf");
        for (String file : artifacts.files()) {
            assertThat(Files.readAllBytes(pdfOnly.resolve(file))).as(file).isEqualTo(Files.readAllBytes(both.resolve(file)));
        }
    }

    @Test
    void namesEveryMemberWithoutGeneratedCodeAndWhy()
            throws IOException
    {
        generator.generate(AssessmentFixture.assessment(), temporary, GenerationOptions.defaults());

        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("# Not provisioned: legacy-batch (EC2 instance, " + AssessmentFixture.BATCH + "): Retire: decommissioned in this wave")
                .contains("# Not generated: partner-api (API Gateway REST API, " + AssessmentFixture.API + "): API Gateway APIs are not generated yet")
                .doesNotContain("resource \"aws_instance\" \"legacy_batch\"");
        // CloudFormation covers what Terraform does: the Classic Load Balancer's replacement is in the template, not a pointer to Terraform
        assertThat(read("cloudformation/wave-02-111122223333-eu-west-1.yaml"))
                .contains("Classic Load Balancer replatformed to an Application Load Balancer")
                .doesNotContain("# Not generated here: storefront-clb", "Terraform only");
        assertThat(read("runbooks/wave-01.md")).contains("  - partner-api (API Gateway REST API): API Gateway APIs are not generated yet");
        assertThat(read("terraform/README.md")).contains("| 01 | partner-api | API Gateway REST API | Rehost | API Gateway APIs are not generated yet");
    }

    @Test
    void writesAValidMainTfForAWaveWithNothingToProvision()
            throws IOException
    {
        generator.generate(AssessmentFixture.withNothingToProvisionInWave3(), temporary, GenerationOptions.defaults());

        assertThat(read("terraform/wave-03/main.tf"))
                .contains("# Wave 03 has nothing to provision: its members are listed below with the reason.")
                .contains("# Not generated: main-vpc (VPC, " + AssessmentFixture.VPC + "): the assessment has no recommendation for it")
                .doesNotContain("resource \"");
        assertThat(read("terraform/wave-03/outputs.tf")).contains("# Wave 03 provisions nothing, so it has no outputs.");
        assertThat(read("cloudformation/wave-03-111122223333-eu-west-1.yaml")).contains("  NothingToProvision:\n    Type: \"AWS::CloudFormation::WaitConditionHandle\"");
    }

    @Test
    void neverWritesADatabasePassword()
            throws IOException
    {
        generator.generate(AssessmentFixture.assessment(), temporary, GenerationOptions.defaults());

        String main = read("terraform/wave-01/main.tf");
        assertThat(main).containsPattern("(?m)^  manage_master_user_password +\\= true$").doesNotContainPattern("(?m)^\\s*password\\s*=");
        assertThat(read("cloudformation/wave-01-111122223333-eu-west-1.yaml")).contains("      ManageMasterUserPassword: true\n").doesNotContainPattern("(?m)^\\s*MasterUserPassword:");
    }

    @Test
    void replacesABundledTemplateWithTheOverrideOfTheSameName()
            throws IOException
    {
        Path templates = temporary.resolve("templates");
        Files.createDirectories(templates.resolve("terraform"));
        Files.writeString(templates.resolve("terraform/versions.tf.ftl"), "# custom versions for wave [=wave.label]\n");

        generator.generate(AssessmentFixture.assessment(), temporary.resolve("out"), GenerationOptions.defaults().withTemplateOverrideDirectory(templates));

        assertThat(temporary.resolve("out/terraform/wave-02/versions.tf")).hasContent("# custom versions for wave 02\n");
        assertThat(temporary.resolve("out/terraform/wave-02/main.tf")).content().contains("resource \"aws_instance\" \"web_1\"");
    }

    @Test
    void reportsABrokenOverrideTemplateByName()
            throws IOException
    {
        Path templates = temporary.resolve("templates");
        Files.createDirectories(templates.resolve("runbook"));
        Files.writeString(templates.resolve("runbook/wave.md.ftl"), "# [=noSuchField]\n");

        assertThatThrownBy(() -> generator.generate(AssessmentFixture.assessment(), temporary.resolve("out"),
                GenerationOptions.defaults().withTemplateOverrideDirectory(templates)))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.TEMPLATE_FAILED))
                .hasMessageContaining("template runbook/wave.md.ftl failed at line 1")
                .hasMessageContaining("noSuchField")
                .hasMessageContaining(templates.resolve("runbook/wave.md.ftl").toString());
    }

    @Test
    void rejectsAMissingOverrideDirectory()
    {
        Path missing = temporary.resolve("no-such-directory");

        assertThatThrownBy(() -> generator.generate(AssessmentFixture.assessment(), temporary.resolve("out"),
                GenerationOptions.defaults().withTemplateOverrideDirectory(missing)))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.TEMPLATE_DIRECTORY_NOT_FOUND))
                .hasMessageStartingWith(missing + ": the template override directory does not exist");
    }

    @Test
    void rejectsAWaveNamingAResourceTheInventoryLacks()
    {
        Assessment assessment = AssessmentFixture.assessment();
        GraphAnalysis graph = new GraphAnalysis(assessment.graph().nodes(), assessment.graph().edges(), assessment.graph().moveGroups(),
                List.of(new MigrationWave(1, List.of("arn:aws:ec2:eu-west-1:111122223333:instance/i-0gone"))), List.of(), List.of());

        assertThatThrownBy(() -> generator.generate(AssessmentFixture.withGraph(assessment, graph), temporary, GenerationOptions.defaults()))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.INVALID_ASSESSMENT))
                .hasMessageContaining("i-0gone, which is not in its inventory");
    }

    private String read(String file)
            throws IOException
    {
        return Files.readString(temporary.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<String> filesUnder(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }
}

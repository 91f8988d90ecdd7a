package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TerraformArtifactsTest
{
    private static final List<String> WAVES = List.of("wave-01", "wave-02", "wave-03");
    private static final List<String> FILES = List.of("versions.tf", "variables.tf", "main.tf", "outputs.tf");

    @TempDir
    Path output;

    @BeforeEach
    void generate()
    {
        new ArtifactGenerator().generate(AssessmentFixture.withNothingToProvisionInWave3(), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM)));
    }

    @Test
    void escapesQuotesBackslashesAndTemplateSequencesInTags()
            throws IOException
    {
        // the tag value is: He said "hi" ${var.x} %{ if }
        assertThat(Files.readAllLines(output.resolve("terraform/wave-02/main.tf")))
                .contains("    \"Note\"                = \"He said \\\"hi\\\" $${var.x} %%{ if }\"");
    }

    @Test
    void pinsTerraformAndTheAwsProvider()
            throws IOException
    {
        assertThat(output.resolve("terraform/wave-01/versions.tf")).content()
                .contains("  required_version = \">= 1.5\"\n")
                .contains("      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n");
    }

    @Test
    void findsGroupsOfEarlierWavesByTheirMigrationTag()
            throws IOException
    {
        String wave2 = Files.readString(output.resolve("terraform/wave-02/main.tf"));
        // sg-0db is created in wave 1; its rule naming sg-0web (created in wave 2) can only be created in wave 2
        assertThat(wave2).contains("""
                resource "aws_vpc_security_group_ingress_rule" "orders_db_ingress_1" {
                  provider = aws.a111122223333_eu_west_1

                  security_group_id            = data.aws_security_group.orders_db.id
                  ip_protocol                  = "tcp"
                  from_port                    = 5432
                  to_port                      = 5432
                  referenced_security_group_id = aws_security_group.web_tier.id
                  description                  = "tcp 5432 from sg-0web, as source group orders-db (sg-0db) allows"
                """);
        assertThat(Files.readString(output.resolve("terraform/wave-01/main.tf"))).doesNotContain("sg-0web");
        assertThat(wave2).contains("""
                data "aws_security_group" "orders_db" {
                  provider = aws.a111122223333_eu_west_1

                  tags = {
                    "cloudmigrate:source-id" = "sg-0db"
                  }
                }
                """);
        assertThat(Files.readString(output.resolve("terraform/wave-02/variables.tf"))).doesNotContain("security_group_ids");
    }

    @Test
    void balancesBracesBracketsAndParentheses()
            throws IOException
    {
        for (String wave : WAVES) {
            for (String file : FILES) {
                Path path = output.resolve("terraform").resolve(wave).resolve(file);
                assertThat(unbalanced(Files.readString(path))).as(path.toString()).isEmpty();
            }
        }
    }

    @Test
    void balanceCheckFindsWhatIsLeftOpen()
    {
        assertThat(unbalanced("a = { b = \"}\" # }\n")).isEqualTo("unclosed [{]");
        assertThat(unbalanced("a = [1, 2)")).isEqualTo("unexpected ) at offset 9");
        assertThat(unbalanced("a = { b = [\"${x}\"] }")).isEmpty();
    }

    @Test
    void isFormattedAsTerraformFmtWants()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
    }

    @Test
    void passesTerraformValidate()
            throws IOException, InterruptedException
    {
        for (String wave : WAVES) {
            ExternalTools.assertTerraformValid(output.resolve("terraform").resolve(wave));
        }
    }

    /** What is left open or closed wrongly, ignoring strings and comments; empty when balanced. */
    static String unbalanced(String text)
    {
        Map<Character, Character> pairs = Map.of('}', '{', ']', '[', ')', '(');
        Deque<Character> open = new ArrayDeque<>();
        boolean inString = false;
        boolean inComment = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (inComment) {
                inComment = character != '\n';
            }
            else if (inString) {
                if (character == '\\') {
                    index++;
                }
                else if (character == '"') {
                    inString = false;
                }
            }
            else if (character == '#') {
                inComment = true;
            }
            else if (character == '"') {
                inString = true;
            }
            else if ("{[(".indexOf(character) >= 0) {
                open.push(character);
            }
            else if (pairs.containsKey(character)) {
                if (open.isEmpty() || open.pop() != pairs.get(character)) {
                    return "unexpected " + character + " at offset " + index;
                }
            }
        }
        return open.isEmpty() && !inString ? "" : "unclosed " + open + (inString ? " and a string" : "");
    }
}

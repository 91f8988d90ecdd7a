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
    // AssessmentFixture's assessment name, which keys the waves' state
    private static final String STATE_PREFIX = "storefront-2025q3";

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
                .contains("  required_version = \">= 1.10\"\n")
                .contains("      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n");
    }

    @Test
    void readsGroupsOfEarlierWavesFromTheirState()
            throws IOException
    {
        String wave2 = Files.readString(output.resolve("terraform/wave-02/main.tf"));
        // sg-0db is created in wave 1; its rule naming sg-0web (created in wave 2) can only be created in wave 2
        assertThat(wave2).contains("""
                resource "aws_vpc_security_group_ingress_rule" "orders_db_ingress_1" {
                  provider = aws.a111122223333_eu_west_1

                  security_group_id            = data.terraform_remote_state.wave_01.outputs.security_group_orders_db_id
                  ip_protocol                  = "tcp"
                  from_port                    = 5432
                  to_port                      = 5432
                  referenced_security_group_id = aws_security_group.web_tier.id
                  description                  = "tcp 5432 from sg-0web, as source group orders-db (sg-0db) allows"
                """);
        assertThat(Files.readString(output.resolve("terraform/wave-01/main.tf"))).doesNotContain("sg-0web");
        assertThat(wave2).contains("""
                data "terraform_remote_state" "wave_01" {
                  backend = "s3"

                  config = {
                    bucket = var.state_bucket
                    key    = "cloudmigrate/%s/wave-01/terraform.tfstate"
                    region = var.state_region
                  }
                }
                """.formatted(STATE_PREFIX));
        assertThat(Files.readString(output.resolve("terraform/wave-01/outputs.tf"))).contains("output \"security_group_orders_db_id\"");
        assertThat(Files.readString(output.resolve("terraform/wave-01/main.tf"))).doesNotContain("terraform_remote_state");
        assertThat(Files.readString(output.resolve("terraform/wave-02/variables.tf"))).contains("variable \"state_bucket\"", "variable \"state_region\"");
        assertThat(Files.readString(output.resolve("terraform/wave-02/variables.tf"))).doesNotContain("security_group_ids");
    }

    @Test
    void keepsEachWaveStateInS3WithLockingUnderItsOwnKey()
            throws IOException
    {
        for (String wave : WAVES) {
            assertThat(output.resolve("terraform").resolve(wave).resolve("versions.tf")).content().contains("""
                      backend "s3" {
                        key          = "cloudmigrate/%s/%s/terraform.tfstate"
                        encrypt      = true
                        use_lockfile = true
                      }
                    """.formatted(STATE_PREFIX, wave));
        }
        assertThat(output.resolve("terraform/README.md")).content().contains("terraform init -backend-config=../backend.hcl", "| Reads the state of |");
    }

    @Test
    void recreatesTheDataVolumeEncryptedAndAttachedWithTheSourcesSizesAsDefaults()
            throws IOException
    {
        String wave2 = Files.readString(output.resolve("terraform/wave-02/main.tf"));

        assertThat(wave2).contains("""
                resource "aws_ebs_volume" "web_2_sdf" {
                  provider = aws.a111122223333_eu_west_1

                  availability_zone = aws_instance.web_2.availability_zone
                  size              = var.web_2_sdf_size
                  type              = var.web_2_sdf_type
                  iops              = var.web_2_sdf_iops
                  throughput        = var.web_2_sdf_throughput
                  encrypted         = true
                  kms_key_id        = var.ebs_kms_key_id
                """, """
                resource "aws_volume_attachment" "web_2_sdf" {
                  provider = aws.a111122223333_eu_west_1

                  device_name = "/dev/sdf"
                  volume_id   = aws_ebs_volume.web_2_sdf.id
                  instance_id = aws_instance.web_2.id
                }
                """, """
                variable "web_2_sdf_size" {
                  description = "The size of the target of volume vol-0c (/dev/sdf) of arn:aws:ec2:eu-west-1:111122223333:instance/i-0web2; the default is the source's."
                  type        = number
                  default     = 100
                }
                """, "    volume_size = var.web_2_root_volume_size\n    volume_type = var.web_2_root_volume_type\n")
                // the root volume vol-0b is the instance's root block device, not a second volume
                .doesNotContain("aws_ebs_volume\" \"web_2_xvda\"", "EBS volumes are replicated with the instance", "Not generated: EBS volume");
    }

    @Test
    void limitsTheNameSuffixToTheRoomTheTightestNameLeaves()
            throws IOException
    {
        // wave 2's tightest name is the load balancer's: storefront-clb has 14 of the 32 characters ELB allows
        assertThat(output.resolve("terraform/wave-02/variables.tf")).content().contains("""
                  validation {
                    condition     = length(var.name_suffix) <= 18
                    error_message = "The name_suffix may have at most 18 characters here: load balancer name storefront-clb has 14 and AWS allows 32."
                  }
                """);
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

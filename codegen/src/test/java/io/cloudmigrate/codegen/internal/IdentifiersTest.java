package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest
{
    @Test
    void reducesNamesToTerraformIdentifiers()
    {
        assertThat(Identifiers.terraformName("Web-1 (prod)")).isEqualTo("web_1_prod");
        assertThat(Identifiers.terraformName("1st server")).isEqualTo("r_1st_server");
        assertThat(Identifiers.terraformName("***")).isEqualTo("resource");
        assertThat(Identifiers.terraformName("Ärger")).isEqualTo("rger");
    }

    @Test
    void reducesNamesToLogicalIds()
    {
        assertThat(Identifiers.logicalId("orders-db")).isEqualTo("OrdersDb");
        assertThat(Identifiers.logicalId("web 1")).isEqualTo("Web1");
        assertThat(Identifiers.logicalId("0day")).isEqualTo("R0day");
    }

    @Test
    void suffixesCollidingNamesWithAHashOfTheirId()
    {
        Map<String, String> names = Identifiers.terraformNames(Map.of(
                "arn:aws:ec2:eu-west-1:1:instance/i-1", "web-1",
                "arn:aws:ec2:eu-west-1:1:instance/i-2", "web_1",
                "arn:aws:ec2:eu-west-1:1:instance/i-3", "db"));

        assertThat(names).containsEntry("arn:aws:ec2:eu-west-1:1:instance/i-3", "db");
        assertThat(names.get("arn:aws:ec2:eu-west-1:1:instance/i-1")).isEqualTo("web_1_" + Identifiers.hash("arn:aws:ec2:eu-west-1:1:instance/i-1", 6));
        assertThat(names.get("arn:aws:ec2:eu-west-1:1:instance/i-2")).isEqualTo("web_1_" + Identifiers.hash("arn:aws:ec2:eu-west-1:1:instance/i-2", 6));
        assertThat(Identifiers.logicalIds(Map.of("a", "x-y", "b", "x y")).values()).doesNotHaveDuplicates();
    }

    @Test
    void keepsANameWhenUnrelatedResourcesComeAndGo()
    {
        String alone = Identifiers.terraformNames(Map.of("arn:1", "web")).get("arn:1");
        String withOthers = Identifiers.terraformNames(Map.of("arn:1", "web", "arn:2", "db", "arn:3", "cache")).get("arn:1");

        assertThat(withOthers).isEqualTo(alone).isEqualTo("web");
    }

    @Test
    void knowsTheSha256OfAValue()
    {
        assertThat(Identifiers.hash("abc", 8)).isEqualTo("ba7816bf");
    }
}

package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementTest
{
    @Test
    void derivesTheProviderAliasAndStackNameFromThePairAlone()
    {
        Placement placement = new Placement("111111111111", "eu-west-1");

        assertThat(placement.alias()).isEqualTo("a111111111111_eu_west_1");
        assertThat(placement.provider()).isEqualTo("aws.a111111111111_eu_west_1");
        assertThat(placement.stackSuffix()).isEqualTo("111111111111-eu-west-1");
        assertThat(placement.label()).isEqualTo("account 111111111111, Region eu-west-1");
        assertThat(CloudFormationWriter.path("03", placement)).isEqualTo("cloudformation/wave-03-111111111111-eu-west-1.yaml");
    }

    @Test
    void keepsGovCloudAndChinaRegionsValidAsIdentifiers()
    {
        assertThat(new Placement("123456789012", "us-gov-west-1").alias()).isEqualTo("a123456789012_us_gov_west_1");
        assertThat(new Placement("123456789012", "cn-north-1").stackSuffix()).isEqualTo("123456789012-cn-north-1");
    }

    @Test
    void sortsByAccountThenRegion()
    {
        TreeSet<Placement> placements = new TreeSet<>(List.of(
                new Placement("222222222222", "eu-west-1"),
                new Placement("111111111111", "us-east-1"),
                new Placement("111111111111", "eu-west-1")));

        assertThat(placements).extracting(Placement::alias)
                .containsExactly("a111111111111_eu_west_1", "a111111111111_us_east_1", "a222222222222_eu_west_1");
    }

    @Test
    void rejectsAMissingAccount()
    {
        assertThatThrownBy(() -> new Placement(null, "eu-west-1")).isInstanceOf(NullPointerException.class).hasMessage("accountId is null");
    }
}

package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HclStringsTest
{
    @Test
    void escapesQuotesBackslashesAndTemplateIntroducers()
    {
        assertThat(HclStrings.quote("He said \"hi\" ${var.x} %{ if }")).isEqualTo("\"He said \\\"hi\\\" $${var.x} %%{ if }\"");
        assertThat(HclStrings.escape("C:\\temp")).isEqualTo("C:\\\\temp");
    }

    @Test
    void leavesDollarsAndPercentsAloneUnlessABraceFollows()
    {
        assertThat(HclStrings.escape("$5 and 100% $ {x}")).isEqualTo("$5 and 100% $ {x}");
        assertThat(HclStrings.escape("$${already}")).isEqualTo("$$${already}");
    }

    @Test
    void escapesControlCharacters()
    {
        assertThat(HclStrings.escape("a\nb\tc\rd\u0001")).isEqualTo("a\\nb\\tc\\rd\\u0001");
    }
}

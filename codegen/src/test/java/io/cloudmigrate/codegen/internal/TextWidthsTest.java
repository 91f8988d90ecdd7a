package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text measured in DejaVu Sans and wrapped to a box. */
class TextWidthsTest
{
    @Test
    void measuresWithTheFontsAdvanceWidths()
    {
        // DejaVu Sans: 'i' is 0.278 em, 'm' 0.974 em, a digit 0.636 em (Unicode 2048 units per em)
        assertThat(TextWidths.width("i", 10)).isCloseTo(2.78, org.assertj.core.api.Assertions.within(0.01));
        assertThat(TextWidths.width("m", 10)).isCloseTo(9.74, org.assertj.core.api.Assertions.within(0.01));
        assertThat(TextWidths.width("0123456789", 10)).isCloseTo(63.6, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void countsACharacterTheFontLacksAsOneEm()
    {
        assertThat(TextWidths.width("\u6771\u4eac", 8)).isEqualTo(16);
    }

    @Test
    void breaksBetweenWordsAndSplitsOnlyAWordWiderThanTheLine()
    {
        assertThat(TextWidths.wrap("VPC vpc-0a1b2c3d4e5f67890 (10.0.0.0/16)", 8, 122, 3)).containsExactly("VPC vpc-0a1b2c3d4e5f67890", "(10.0.0.0/16)");
        List<String> split = TextWidths.wrap("x".repeat(60), 8, 122, 3);
        assertThat(String.join("", split)).isEqualTo("x".repeat(60));
        assertThat(split).hasSizeGreaterThan(1).allMatch(line -> TextWidths.width(line, 8) <= 122);
    }

    @Test
    void endsTheLastLineInAnEllipsisWhenTheTextNeedsMoreLines()
    {
        List<String> lines = TextWidths.wrap("word ".repeat(40), 8, 122, 3);

        assertThat(lines).hasSize(3);
        assertThat(lines.getLast()).endsWith("\u2026");
        assertThat(lines).allMatch(line -> TextWidths.width(line, 8) <= 122);
    }
}

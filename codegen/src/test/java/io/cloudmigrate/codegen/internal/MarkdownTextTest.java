package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTest
{
    @Test
    void escapesMarkupAndTableSyntax()
    {
        assertThat(MarkdownText.escape("a|b *c* <script> [x](y) `z` & web_1")).isEqualTo("a\\|b \\*c\\* \\<script\\> \\[x\\](y) \\`z\\` \\& web\\_1");
    }

    @Test
    void keepsValuesOnOneLine()
    {
        assertThat(MarkdownText.escape("two\nlines\r\nhere")).isEqualTo("two lines here");
    }

    @Test
    void fencesCodeSpansLongerThanTheBackticksInside()
    {
        assertThat(MarkdownText.code("i-0abc")).isEqualTo("`i-0abc`");
        assertThat(MarkdownText.code("a``b")).isEqualTo("```a``b```");
        assertThat(MarkdownText.code("`x")).isEqualTo("`` `x ``");
    }

    @Test
    void rendersEscapedTextLiterallyInHtml()
    {
        assertThat(MarkdownHtml.toXhtml("| a |\n|---|\n| " + MarkdownText.escape("x|<b>y</b>") + " |\n"))
                .contains("<td>x|&lt;b&gt;y&lt;/b&gt;</td>");
    }

    @Test
    void replacesCharactersTheRunbookPdfCannotHold()
    {
        assertThat(MarkdownText.escape("a\u0000b\u0007c\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(MarkdownText.code("x\u001b")).isEqualTo("`x\uFFFD`");
    }

    @Test
    void keepsEmphasisWhenTheValueHasSpacesAtItsEnds()
    {
        assertThat(MarkdownText.emphasis(" moveGroup\u00a0")).isEqualTo("*moveGroup*");
        assertThat(MarkdownHtml.toXhtml(MarkdownText.emphasis("data volume\n"))).contains("<em>data volume</em>");
    }
}

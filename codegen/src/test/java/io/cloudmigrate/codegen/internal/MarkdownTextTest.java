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
}

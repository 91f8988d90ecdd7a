package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XhtmlTextTest
{
    @Test
    void escapesMarkupAsFreemarkersXhtmlFormatDoes()
    {
        assertThat(XhtmlText.escape("<a href=\"x\">Tom & 'Jerry'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }

    @Test
    void replacesWhatXmlCannotHoldEvenAsAReference()
    {
        assertThat(XhtmlText.escape("a\u0000b\u001bc\uFFFF\uD800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD\uFFFDd");
    }

    @Test
    void keepsLineBreaksTabsAndSurrogatePairs()
    {
        assertThat(XhtmlText.escape("a\tb\nc\r\uD83D\uDE00")).isEqualTo("a\tb\nc\r\uD83D\uDE00");
    }
}

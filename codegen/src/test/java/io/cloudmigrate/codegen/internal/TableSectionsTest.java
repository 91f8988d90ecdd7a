package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TableSectionsTest
{
    @Test
    void splitsALongBodyIntoSectionsOfFiftyRowsAndLeavesTheHeaderWhole()
    {
        String xhtml = "<table><thead><tr><th>a</th></tr></thead><tbody>" + rows(120) + "</tbody></table>";

        String split = TableSections.split(xhtml);

        assertThat(split).startsWith("<table><thead><tr><th>a</th></tr></thead><tbody><tr>");
        assertThat(count(split, "<tbody>")).isEqualTo(3);
        assertThat(count(split, "</tbody>")).isEqualTo(3);
        assertThat(split.replace("</tbody><tbody>", "")).isEqualTo(xhtml);
    }

    @Test
    void wrapsRowsWrittenDirectlyInATableInSections()
    {
        String xhtml = "<table class=\"wide\"><tr><th>name</th></tr>" + rows(60) + "</table><p>after</p>";

        String split = TableSections.split(xhtml);

        assertThat(split).startsWith("<table class=\"wide\"><tbody><tr><th>name</th></tr>").endsWith("</tbody></table><p>after</p>");
        assertThat(count(split, "<tbody>")).isEqualTo(2);
        assertThat(split.replace("<tbody>", "").replace("</tbody>", "")).isEqualTo(xhtml);
    }

    @Test
    void countsTheRowsOfANestedTableApartFromItsParent()
    {
        String inner = "<table>" + rows(3) + "</table>";
        String xhtml = "<table><tbody><tr><td>" + inner + "</td></tr>" + rows(49) + "</tbody></table>";

        assertThat(TableSections.split(xhtml)).isEqualTo("<table><tbody><tr><td><table><tbody>" + rows(3) + "</tbody></table></td></tr>" + rows(49) + "</tbody></table>");
    }

    @Test
    void leavesADocumentWithoutTablesAsItIs()
    {
        String xhtml = "<html><body><p>trouble &lt;tr&gt; in text</p><trace/></body></html>";

        assertThat(TableSections.split(xhtml)).isSameAs(xhtml);
    }

    private static String rows(int count)
    {
        return "<tr><td>x</td></tr>".repeat(count);
    }

    private static int count(String text, String part)
    {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}

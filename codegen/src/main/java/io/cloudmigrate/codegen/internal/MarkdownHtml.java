package io.cloudmigrate.codegen.internal;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown (CommonMark with GitHub tables) to an XHTML fragment that openhtmltopdf can parse. Raw
 * HTML in the Markdown is escaped, not passed through, so estate text can never inject markup.
 */
public final class MarkdownHtml
{
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private MarkdownHtml() {}

    public static String toXhtml(String markdown)
    {
        return RENDERER.render(PARSER.parse(markdown));
    }
}

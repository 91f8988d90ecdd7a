package io.cloudmigrate.codegen.internal;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateModelException;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * The FreeMarker output formats of the generated code. A template in one of them escapes every
 * interpolated string for its language, as the XHTML format does for HTML, so that a value from the
 * estate cannot leave the place the template gave it; only {@code ?no_esc} or a value already
 * rendered as {@link EscapedText} of the same format is printed as it is.
 * <ul>
 * <li>{@link #HCL}: the inside of a quoted Terraform string ({@code "} {@code \} and line breaks escaped,
 *     {@code ${} and {@code %{} doubled, control characters as {@code \}{@code uXXXX}), which is also safe in a comment;</li>
 * <li>{@link #YAML}: a whole double-quoted YAML scalar, so no value can become a key, a tag, an alias or a number;</li>
 * <li>{@link #MARKDOWN}: inline Markdown text with every character that could start Markdown or HTML syntax escaped;</li>
 * <li>{@link #XHTML}: XHTML text that is also well-formed XML whatever the value.</li>
 * </ul>
 */
public final class EscapingOutputFormat
        extends CommonMarkupOutputFormat<EscapedText>
{
    public static final EscapingOutputFormat HCL = new EscapingOutputFormat("HCL", "text/x-hcl", HclStrings::escape, CommentText::hcl);
    public static final EscapingOutputFormat YAML = new EscapingOutputFormat("YAML", "application/yaml", YamlStrings::quote, CommentText::yaml);
    public static final EscapingOutputFormat MARKDOWN = new EscapingOutputFormat("Markdown", "text/markdown", MarkdownText::escape, MarkdownText::escape);
    /**
     * FreeMarker's XHTML escaping, and characters XML cannot hold at all replaced (see {@link XhtmlText}),
     * so that the PDF renderer can parse whatever the estate holds.
     */
    public static final EscapingOutputFormat XHTML = new EscapingOutputFormat("SafeXHTML", "application/xhtml+xml", XhtmlText::escape, XhtmlText::escape);

    /** Every format, for {@code Configuration.setRegisteredCustomOutputFormats}. */
    public static final List<EscapingOutputFormat> ALL = List.of(HCL, YAML, MARKDOWN, XHTML);

    private final String name;
    private final String mimeType;
    private final UnaryOperator<String> escape;
    private final UnaryOperator<String> comment;

    private EscapingOutputFormat(String name, String mimeType, UnaryOperator<String> escape, UnaryOperator<String> comment)
    {
        this.name = requireNonNull(name, "name is null");
        this.mimeType = requireNonNull(mimeType, "mimeType is null");
        this.escape = requireNonNull(escape, "escape is null");
        this.comment = requireNonNull(comment, "comment is null");
    }

    /** The value as escaped text of this format, as an interpolation would print it. */
    public EscapedText escaped(String plainText)
    {
        return new EscapedText(plainText, escape.apply(plainText), this);
    }

    /** Markup this format prints as it is; only for text the caller has rendered itself. */
    public EscapedText rendered(String markup)
    {
        return new EscapedText(null, requireNonNull(markup, "markup is null"), this);
    }

    /** The value on one line, safe after a comment sign of this language. */
    public EscapedText comment(String plainText)
    {
        return new EscapedText(null, comment.apply(plainText), this);
    }

    @Override
    public void output(String textToEscape, Writer out)
            throws IOException
    {
        out.write(escape.apply(textToEscape));
    }

    @Override
    public String escapePlainText(String plainTextContent)
    {
        return escape.apply(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName)
    {
        // ?html, ?xml and friends would escape for the wrong language; let FreeMarker reject them.
        return false;
    }

    @Override
    protected EscapedText newTemplateMarkupOutputModel(String plainTextContent, String markupContent)
            throws TemplateModelException
    {
        return new EscapedText(plainTextContent, markupContent, this);
    }

    @Override
    public String getName()
    {
        return name;
    }

    @Override
    public String getMimeType()
    {
        return mimeType;
    }
}

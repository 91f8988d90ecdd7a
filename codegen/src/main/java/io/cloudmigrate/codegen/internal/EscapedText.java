package io.cloudmigrate.codegen.internal;

import freemarker.core.CommonTemplateMarkupOutputModel;

import static java.util.Objects.requireNonNull;

/**
 * Text already rendered for one of the escaping output formats (HCL, YAML, Markdown): FreeMarker
 * prints it as it is, where it would escape a plain string.
 */
public final class EscapedText
        extends CommonTemplateMarkupOutputModel<EscapedText>
{
    private final EscapingOutputFormat format;

    EscapedText(String plainText, String markup, EscapingOutputFormat format)
    {
        super(plainText, markup);
        this.format = requireNonNull(format, "format is null");
    }

    @Override
    public EscapingOutputFormat getOutputFormat()
    {
        return format;
    }
}

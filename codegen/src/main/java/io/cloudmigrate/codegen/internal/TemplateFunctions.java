package io.cloudmigrate.codegen.internal;

import freemarker.core.Environment;
import freemarker.core.OutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The functions every template can call. Plain interpolations are already escaped by the template's
 * output format ({@link EscapingOutputFormat}); these give the other shapes a value can take:
 * <ul>
 * <li>{@code hcl(s)}: a quoted HCL string; {@code yaml(s)}: a double-quoted YAML scalar (what a YAML
 *     template prints anyway); {@code code(s)}: a Markdown code span;</li>
 * <li>{@code line(s)}: the value on one line for a comment of the calling template's language, or
 *     {@code unknown} when it is missing;</li>
 * <li>{@code id(s)}: a name written where the language expects an identifier or a reference
 *     ({@code aws.a1_eu_west_1}, {@code var.ami_x}, a logical id), checked to be one;</li>
 * <li>{@code literal(n)}: a number or a boolean written unquoted.</li>
 * </ul>
 * {@code hclText(s)} and {@code md(s)} remain for override templates written before escaping became
 * the default; they print what a plain interpolation prints. HTML templates use the XHTML output format.
 */
final class TemplateFunctions
{
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\[[0-9]+\\])?(\\.[A-Za-z_][A-Za-z0-9_-]*(\\[[0-9]+\\])?)*");

    private TemplateFunctions() {}

    static void register(Configuration configuration)
    {
        configuration.setSharedVariable("hcl", new Function1("hcl", value -> EscapingOutputFormat.HCL.rendered(HclStrings.quote(text("hcl", value)))));
        configuration.setSharedVariable("hclText", new Function1("hclText", value -> EscapingOutputFormat.HCL.escaped(text("hclText", value))));
        configuration.setSharedVariable("yaml", new Function1("yaml", value -> EscapingOutputFormat.YAML.escaped(text("yaml", value))));
        configuration.setSharedVariable("md", new Function1("md", value -> EscapingOutputFormat.MARKDOWN.escaped(text("md", value))));
        configuration.setSharedVariable("code", new Function1("code", value -> EscapingOutputFormat.MARKDOWN.rendered(MarkdownText.code(text("code", value)))));
        configuration.setSharedVariable("line", new Function1("line", TemplateFunctions::line));
        configuration.setSharedVariable("id", new Function1("id", TemplateFunctions::identifier));
        configuration.setSharedVariable("literal", new Function1("literal", TemplateFunctions::literal));
    }

    private static TemplateModel line(TemplateModel value)
            throws TemplateModelException
    {
        String text = value == null ? "unknown" : text("line", value);
        if (currentFormat() instanceof EscapingOutputFormat format) {
            return format.comment(text);
        }
        return new SimpleScalar(CommentText.oneLine(text));
    }

    private static TemplateModel identifier(TemplateModel value)
            throws TemplateModelException
    {
        String text = text("id", value);
        if (!IDENTIFIER.matcher(text).matches()) {
            throw new TemplateModelException("id(...) takes an identifier or a dotted reference of identifiers, not \"" + HclStrings.escape(text) + "\"");
        }
        return unescaped(text);
    }

    private static TemplateModel literal(TemplateModel value)
            throws TemplateModelException
    {
        if (value instanceof TemplateNumberModel number) {
            return unescaped(decimal(number.getAsNumber()));
        }
        if (value instanceof TemplateBooleanModel bool) {
            return unescaped(Boolean.toString(bool.getAsBoolean()));
        }
        throw new TemplateModelException("literal(...) takes a number or a boolean; quote strings instead");
    }

    private static String decimal(Number number)
            throws TemplateModelException
    {
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        catch (NumberFormatException e) {
            throw new TemplateModelException("literal(...) cannot write " + number + " as a number");
        }
    }

    // Text the caller has validated: markup of the template's format, or a plain string in a template without one.
    private static TemplateModel unescaped(String text)
    {
        if (currentFormat() instanceof EscapingOutputFormat format) {
            return format.rendered(text);
        }
        return new SimpleScalar(text);
    }

    private static OutputFormat currentFormat()
    {
        return Environment.getCurrentEnvironment().getCurrentTemplate().getOutputFormat();
    }

    private static String text(String function, TemplateModel value)
            throws TemplateModelException
    {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (value == null) {
            throw new TemplateModelException(function + "(...) was given a missing value; write a default (value!\"...\") or test it (value??) first");
        }
        throw new TemplateModelException(function + "(...) needs a string; convert numbers with ?c first");
    }

    @FunctionalInterface
    private interface ModelFunction
    {
        TemplateModel apply(TemplateModel value)
                throws TemplateModelException;
    }

    private record Function1(String name, ModelFunction function)
            implements TemplateMethodModelEx
    {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments)
                throws TemplateModelException
        {
            if (arguments.size() != 1) {
                throw new TemplateModelException(name + "(...) takes exactly one argument, got " + arguments.size());
            }
            return function.apply((TemplateModel) arguments.getFirst());
        }
    }
}

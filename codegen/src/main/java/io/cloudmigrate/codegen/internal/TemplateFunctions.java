package io.cloudmigrate.codegen.internal;

import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The escaping functions every template can call. Estate values must pass through one of them
 * before they reach Terraform, YAML or Markdown text:
 * <ul>
 * <li>{@code hcl(s)}: a quoted HCL string; {@code hclText(s)}: the same without the quotes;</li>
 * <li>{@code yaml(s)}: a double-quoted YAML scalar;</li>
 * <li>{@code md(s)}: Markdown inline text; {@code code(s)}: a Markdown code span;</li>
 * <li>{@code line(s)}: the value on one line, for comments.</li>
 * </ul>
 * HTML templates use FreeMarker's XHTML output format, which escapes on its own.
 */
final class TemplateFunctions
{
    private TemplateFunctions() {}

    static void register(Configuration configuration)
    {
        configuration.setSharedVariable("hcl", new StringFunction("hcl", HclStrings::quote));
        configuration.setSharedVariable("hclText", new StringFunction("hclText", HclStrings::escape));
        configuration.setSharedVariable("yaml", new StringFunction("yaml", YamlStrings::quote));
        configuration.setSharedVariable("md", new StringFunction("md", MarkdownText::escape));
        configuration.setSharedVariable("code", new StringFunction("code", MarkdownText::code));
        configuration.setSharedVariable("line", new StringFunction("line", TemplateFunctions::oneLine));
    }

    static String oneLine(String value)
    {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    private record StringFunction(String name, UnaryOperator<String> function)
            implements TemplateMethodModelEx
    {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments)
                throws TemplateModelException
        {
            if (arguments.size() != 1) {
                throw new TemplateModelException(name + "(...) takes exactly one argument, got " + arguments.size());
            }
            if (!(arguments.getFirst() instanceof TemplateScalarModel scalar)) {
                throw new TemplateModelException(name + "(...) needs a string; convert numbers with ?c first");
            }
            return new SimpleScalar(function.apply(scalar.getAsString()));
        }
    }
}

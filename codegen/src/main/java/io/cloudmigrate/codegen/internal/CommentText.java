package io.cloudmigrate.codegen.internal;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Estate values in a {@code #} comment of Terraform or YAML. A comment ends at a line break, so the
 * value is kept on one line; characters the language does not allow raw become {@code \}{@code uXXXX}.
 */
final class CommentText
{
    private CommentText() {}

    static String hcl(String value)
    {
        StringBuilder text = new StringBuilder(value.length());
        oneLine(value).codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                text.append(escape(codePoint));
            }
            else {
                text.appendCodePoint(codePoint);
            }
        });
        return text.toString();
    }

    static String yaml(String value)
    {
        StringBuilder text = new StringBuilder(value.length());
        String line = oneLine(value);
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (YamlStrings.printable(character)) {
                text.append(character);
            }
            else {
                text.append(escape(character));
            }
        }
        return text.toString();
    }

    /** Line breaks (including the Unicode ones YAML 1.1 counts) become a space. */
    static String oneLine(String value)
    {
        return requireNonNull(value, "value is null").replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    private static String escape(int codePoint)
    {
        return String.format(Locale.ROOT, "\\u%04X", codePoint);
    }
}

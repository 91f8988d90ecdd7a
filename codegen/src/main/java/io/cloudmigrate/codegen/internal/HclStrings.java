package io.cloudmigrate.codegen.internal;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Terraform (HCL native syntax) string literals. Estate values (names, tags, descriptions) reach
 * generated Terraform only through here, so that a tag such as {@code ${var.x}} stays literal text
 * instead of becoming an interpolation.
 */
public final class HclStrings
{
    private HclStrings() {}

    /** The value as a quoted HCL string literal. */
    public static String quote(String value)
    {
        return "\"" + escape(value) + "\"";
    }

    /**
     * The value escaped for use between the quotes of an HCL string: {@code "} and {@code \} get a
     * backslash, control characters become escapes, and the template introducers {@code ${} and
     * {@code %{} are doubled to {@code $${} and {@code %%{}.
     */
    public static String escape(String value)
    {
        requireNonNull(value, "value is null");
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            boolean opensTemplate = index + 1 < value.length() && value.charAt(index + 1) == '{';
            switch (character) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '$' -> escaped.append(opensTemplate ? "$$" : "$");
                case '%' -> escaped.append(opensTemplate ? "%%" : "%");
                default -> {
                    // Unicode line separators too, so that no editor or diff shows the value on two lines.
                    if (Character.isISOControl(character) || character == 0x2028 || character == 0x2029) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) character));
                    }
                    else {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }
}

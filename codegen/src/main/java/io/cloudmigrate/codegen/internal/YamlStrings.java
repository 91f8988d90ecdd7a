package io.cloudmigrate.codegen.internal;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * YAML double-quoted scalars. Every string from the estate is written this way in CloudFormation
 * templates, so no value can be read as a number, a boolean, a tag or a flow collection.
 */
public final class YamlStrings
{
    private YamlStrings() {}

    public static String quote(String value)
    {
        requireNonNull(value, "value is null");
        StringBuilder quoted = new StringBuilder(value.length() + 8).append('"');
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            switch (character) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (printable(character)) {
                        quoted.append(character);
                    }
                    else {
                        quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) character));
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    // YAML 1.1 allows only these unescaped in a double-quoted scalar (surrogates pass as pairs).
    static boolean printable(char character)
    {
        return (character >= 0x20 && character <= 0x7e)
                || (character >= 0xa0 && character <= 0xd7ff && character != 0x2028 && character != 0x2029)
                || (character >= 0xd800 && character <= 0xdfff)
                || (character >= 0xe000 && character <= 0xfffd && character != 0xfeff);
    }
}

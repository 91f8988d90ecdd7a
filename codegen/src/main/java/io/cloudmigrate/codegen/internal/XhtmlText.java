package io.cloudmigrate.codegen.internal;

import static java.util.Objects.requireNonNull;

/**
 * Estate values in the XHTML of the report and the runbook pages. The PDF renderer parses that XHTML
 * as XML 1.0, which has no way to write most control characters (not even as {@code &#1;}), so those
 * become U+FFFD; the rest is escaped as FreeMarker's XHTML format does.
 */
public final class XhtmlText
{
    private static final char REPLACEMENT = '\uFFFD';

    private XhtmlText() {}

    public static String escape(String value)
    {
        String text = xmlCharacters(value);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    /** The value with every character XML 1.0 does not allow (control characters, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD. */
    public static String xmlCharacters(String value)
    {
        requireNonNull(value, "value is null");
        StringBuilder text = null;
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            boolean pair = Character.isHighSurrogate(character) && index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1));
            boolean allowed = pair || (!Character.isSurrogate(character) && allowedInXml(character));
            if (!allowed && text == null) {
                text = new StringBuilder(value.length()).append(value, 0, index);
            }
            if (text != null) {
                text.append(allowed ? character : REPLACEMENT);
                if (pair) {
                    text.append(value.charAt(index + 1));
                }
            }
            if (pair) {
                index++;
            }
        }
        return text == null ? value : text.toString();
    }

    private static boolean allowedInXml(char character)
    {
        return character == '\t' || character == '\n' || character == '\r' || (character >= 0x20 && character != 0xFFFE && character != 0xFFFF);
    }
}

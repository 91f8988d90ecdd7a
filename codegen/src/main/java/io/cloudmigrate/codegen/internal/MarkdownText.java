package io.cloudmigrate.codegen.internal;

import static java.util.Objects.requireNonNull;

/**
 * Estate values in Markdown: as inline text (also safe inside a table cell) or as a code span.
 * Line breaks become spaces, since a value never spans lines in a runbook.
 */
public final class MarkdownText
{
    private static final String SPECIAL = "\\`*_[]<>|~&";

    /** How a fact the inventory does not give reads in a runbook, never {@code null}. */
    public static final String UNKNOWN = "unknown";

    private MarkdownText() {}

    /** A fact as text: {@value #UNKNOWN} where the inventory does not give it. */
    public static String orUnknown(Object value)
    {
        return value == null ? UNKNOWN : String.valueOf(value);
    }

    /** Inline text with every character that could start Markdown or HTML syntax backslash-escaped; a missing value reads {@value #UNKNOWN}. */
    public static String escape(String value)
    {
        String text = oneLine(orUnknown(value));
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (SPECIAL.indexOf(character) >= 0) {
                escaped.append('\\');
            }
            escaped.append(character);
        }
        return escaped.toString();
    }

    /**
     * The value in emphasis. Spaces at either end would keep the asterisks from opening or closing
     * emphasis (they would print as they are), so they are left out.
     */
    public static String emphasis(String value)
    {
        String text = escape(value);
        int start = 0;
        int end = text.length();
        while (start < end && markdownWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && markdownWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return "*" + text.substring(start, end) + "*";
    }

    // CommonMark's Unicode whitespace: the space separators (no-break spaces too), tab and line breaks.
    private static boolean markdownWhitespace(char character)
    {
        return Character.getType(character) == Character.SPACE_SEPARATOR || character == '\t' || character == '\n' || character == '\f' || character == '\r';
    }

    /** A code span whose fence is longer than any run of backticks inside the value; a missing value reads {@value #UNKNOWN}. Not for table cells. */
    public static String code(String value)
    {
        String text = oneLine(orUnknown(value));
        int longestRun = 0;
        int run = 0;
        for (int index = 0; index < text.length(); index++) {
            run = text.charAt(index) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.isBlank();
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    // Runbooks become XHTML for their PDF: characters XML cannot hold are replaced here already.
    private static String oneLine(String value)
    {
        return XhtmlText.xmlCharacters(requireNonNull(value, "value is null").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }
}

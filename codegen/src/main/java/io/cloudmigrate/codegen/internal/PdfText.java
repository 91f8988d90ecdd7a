package io.cloudmigrate.codegen.internal;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Prepares the text of an XHTML document for the PDF renderer, by construction rather than by style:
 * <ul>
 * <li>long runs without a break (ARNs, generated names, 200 characters of one word) get zero-width
 * spaces after their separators and at least every {@value #RUN} characters, so that a table column
 * never grows wider than the page;</li>
 * <li>characters no embedded font has are written as {@code [U+1F600]} and listed, instead of the
 * {@code #} openhtmltopdf would print silently.</li>
 * </ul>
 * Only text of the body is changed; markup, entities, the head, style sheets and SVG pictures are
 * copied as they are. Works on the markup CloudMigrate writes: well-formed XHTML whose text never
 * holds a raw {@code <}.
 */
final class PdfText
{
    /** Longest run of characters left without a break opportunity. */
    static final int RUN = 24;
    static final char ZERO_WIDTH_SPACE = '\u200B';

    /** The prepared document and the characters it could not print. */
    record Prepared(String xhtml, SortedSet<Integer> missing) {}

    private PdfText() {}

    /**
     * @param printable whether an embedded font has a glyph for a code point
     */
    static Prepared prepare(String xhtml, IntPredicate printable)
    {
        StringBuilder result = new StringBuilder(xhtml.length() + xhtml.length() / 20);
        SortedSet<Integer> missing = new TreeSet<>();
        int body = xhtml.indexOf("<body");
        int position = body < 0 ? xhtml.length() : body;
        result.append(xhtml, 0, position);
        String skipping = null;
        while (position < xhtml.length()) {
            int tagStart = xhtml.indexOf('<', position);
            int textEnd = tagStart < 0 ? xhtml.length() : tagStart;
            if (skipping == null) {
                text(xhtml, position, textEnd, printable, missing, result);
            }
            else {
                result.append(xhtml, position, textEnd);
            }
            if (tagStart < 0) {
                break;
            }
            int tagEnd = xhtml.indexOf('>', tagStart);
            tagEnd = tagEnd < 0 ? xhtml.length() : tagEnd + 1;
            String tag = xhtml.substring(tagStart, tagEnd);
            result.append(tag);
            skipping = skipping(skipping, tag);
            position = tagEnd;
        }
        return new Prepared(result.toString(), missing);
    }

    /** The element whose content is copied as it is ({@code svg}, {@code style}, {@code script}), if inside one. */
    private static String skipping(String skipping, String tag)
    {
        if (skipping != null) {
            return tag.startsWith("</" + skipping) ? null : skipping;
        }
        for (String element : new String[] {"svg", "style", "script"}) {
            if ((tag.startsWith("<" + element + " ") || tag.startsWith("<" + element + ">")) && !tag.endsWith("/>")) {
                return element;
            }
        }
        return null;
    }

    private static void text(String xhtml, int start, int end, IntPredicate printable, SortedSet<Integer> missing, StringBuilder result)
    {
        int run = 0;
        boolean longToken = false;
        int position = start;
        while (position < end) {
            int codePoint = xhtml.codePointAt(position);
            if (run == 0) {
                longToken = tokenLength(xhtml, position, end) > RUN;
            }
            int length = Character.charCount(codePoint);
            if (codePoint == '&') {
                // an entity is one character of the run
                int semicolon = xhtml.indexOf(';', position);
                length = semicolon < 0 || semicolon >= end ? 1 : semicolon + 1 - position;
                result.append(xhtml, position, position + length);
                run++;
            }
            else if (Character.isWhitespace(codePoint) || codePoint == ZERO_WIDTH_SPACE) {
                result.appendCodePoint(codePoint);
                run = 0;
            }
            else if (codePoint < 0x80 || printable.test(codePoint)) {
                result.appendCodePoint(codePoint);
                run++;
            }
            else if (invisible(codePoint)) {
                // a joiner or variation selector draws nothing; without a glyph it would draw '#'
            }
            else {
                missing.add(codePoint);
                result.append("[U+").append(String.format(java.util.Locale.ROOT, "%04X", codePoint)).append(']');
                run += 8;
            }
            position += length;
            if (longToken && run > 0 && (run >= RUN || (run >= RUN / 2 && separator(codePoint)))) {
                result.append(ZERO_WIDTH_SPACE);
                run = 0;
            }
        }
    }

    /** Characters up to the next white space (or a zero-width space), counting an entity as one; over {@value #RUN} is long. */
    private static int tokenLength(String xhtml, int start, int end)
    {
        int length = 0;
        for (int position = start; position < end && length <= RUN; position++) {
            char character = xhtml.charAt(position);
            if (Character.isWhitespace(character) || character == ZERO_WIDTH_SPACE) {
                break;
            }
            if (!Character.isLowSurrogate(character)) {
                length++;
            }
        }
        return length;
    }

    private static boolean separator(int codePoint)
    {
        return codePoint == '/' || codePoint == ':' || codePoint == '-' || codePoint == '_' || codePoint == '.' || codePoint == ',' || codePoint == '=';
    }

    private static boolean invisible(int codePoint)
    {
        return Character.getType(codePoint) == Character.FORMAT || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** {@code U+1F600, U+65E5}: the code points, for a warning. */
    static String describe(SortedSet<Integer> codePoints)
    {
        StringBuilder text = new StringBuilder();
        for (int codePoint : codePoints) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(String.format(java.util.Locale.ROOT, "U+%04X", codePoint));
            String name = Character.getName(codePoint);
            if (name != null) {
                text.append(" (").append(name.toLowerCase(java.util.Locale.ROOT)).append(')');
            }
        }
        return text.toString();
    }
}

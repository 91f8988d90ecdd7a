package io.cloudmigrate.codegen.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide a line of text is in the bundled DejaVu Sans, the font the pictures' text is set in, and
 * that text wrapped to a width. A character the font lacks (CJK, emoji) counts as one em, as wide
 * as the fallback fonts draw it, so a measured line is never narrower than the drawn one.
 */
final class TextWidths
{
    private static final String FONT = "/io/cloudmigrate/codegen/fonts/DejaVuSans.ttf";
    // advance widths of the Basic Multilingual Plane in em, 0 where the font has no glyph; read once
    private static final float[] WIDTHS = widths();

    private TextWidths() {}

    /** The width of {@code text} set at {@code size} pixels. */
    static double width(String text, double size)
    {
        double ems = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            float width = codePoint < WIDTHS.length ? WIDTHS[codePoint] : 0;
            ems += width > 0 ? width : 1;
            index += Character.charCount(codePoint);
        }
        return ems * size;
    }

    /**
     * The text in lines no wider than {@code width}: broken between words, and inside a word only when
     * the word alone is wider (an id is then split, never shortened). With more than {@code maximumLines}
     * lines the last one ends in an ellipsis: the whole text is the picture's title.
     */
    static List<String> wrap(String text, double size, double width, int maximumLines)
    {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the line: as many characters as fit on each line
            String rest = word;
            while (width(rest, size) > width) {
                int end = fitting(rest, size, width);
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maximumLines) {
            return List.copyOf(lines);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maximumLines));
        String last = kept.getLast();
        while (!last.isEmpty() && width(last + "\u2026", size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(maximumLines - 1, last + "\u2026");
        return List.copyOf(kept);
    }

    // the length of the longest start of text no wider than width, at least one character
    private static int fitting(String text, double size, double width)
    {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static float[] widths()
    {
        try (InputStream stream = TextWidths.class.getResourceAsStream(FONT)) {
            if (stream == null) {
                throw new UncheckedIOException(new IOException("the bundled font " + FONT + " is missing from the classpath"));
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(stream.readAllBytes()));
            try (font) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float unitsPerEm = font.getUnitsPerEm();
                float[] widths = new float[0x10000];
                for (int codePoint = 0; codePoint < widths.length; codePoint++) {
                    int glyph = cmap.getGlyphId(codePoint);
                    widths[codePoint] = glyph > 0 ? font.getAdvanceWidth(glyph) / unitsPerEm : 0;
                }
                return widths;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + FONT, e);
        }
    }
}

package io.cloudmigrate.codegen.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Writes an SVG document element by element. Every attribute value and every text node passes
 * through {@link XhtmlText#escape}, so a name from the estate cannot become markup; element and
 * attribute names are constants of the caller. Numbers are written with {@link Locale#ROOT} and a
 * fixed precision so that the same picture is the same bytes on every machine.
 */
final class SvgWriter
{
    private static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringBuilder markup = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    /**
     * @param label the picture's accessible name, written as its {@code <title>}
     */
    SvgWriter(double width, double height, String label)
    {
        this(width, height, width, height, label);
    }

    /**
     * A picture drawn in a {@code width} × {@code height} coordinate space and shown at another size, so
     * that a picture taller than a page is shown smaller rather than cut.
     */
    SvgWriter(double width, double height, double shownWidth, double shownHeight, String label)
    {
        requireNonNull(label, "label is null");
        start("svg").attribute("xmlns", NAMESPACE)
                .attribute("width", number(shownWidth) + "px").attribute("height", number(shownHeight) + "px")
                .attribute("viewBox", "0 0 " + number(width) + " " + number(height))
                .attribute("role", "img").attribute("aria-label", label)
                // openhtmltopdf's PDF/UA mode reads a replaced element's alternative text from alt
                .attribute("alt", label);
        start("title").text(label).end();
    }

    SvgWriter start(String element)
    {
        closeStartTag();
        markup.append('<').append(element);
        open.push(element);
        startTagOpen = true;
        return this;
    }

    SvgWriter attribute(String name, String value)
    {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute '" + name + "' outside a start tag");
        }
        markup.append(' ').append(name).append("=\"").append(XhtmlText.escape(requireNonNull(value, name + " is null"))).append('"');
        return this;
    }

    SvgWriter attribute(String name, double value)
    {
        return attribute(name, number(value));
    }

    SvgWriter text(String value)
    {
        closeStartTag();
        markup.append(XhtmlText.escape(requireNonNull(value, "text is null")));
        return this;
    }

    SvgWriter end()
    {
        String element = open.pop();
        if (startTagOpen) {
            markup.append("/>");
            startTagOpen = false;
        }
        else {
            markup.append("</").append(element).append('>');
        }
        return this;
    }

    /** A rectangle with a fill colour and a tooltip-like title for screen readers. */
    SvgWriter rectangle(double x, double y, double width, double height, String fill, String title)
    {
        start("rect").attribute("x", x).attribute("y", y).attribute("width", Math.max(0, width)).attribute("height", Math.max(0, height))
                .attribute("fill", fill);
        return start("title").text(title).end().end();
    }

    /** A line of text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    SvgWriter label(double x, double y, String anchor, double size, String value)
    {
        return start("text").attribute("x", x).attribute("y", y).attribute("text-anchor", anchor)
                .attribute("font-size", size).attribute("font-family", "DejaVu Sans, sans-serif").attribute("fill", "#111827")
                .text(value).end();
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width)
    {
        return start("line").attribute("x1", x1).attribute("y1", y1).attribute("x2", x2).attribute("y2", y2)
                .attribute("stroke", stroke).attribute("stroke-width", width).end();
    }

    /** The finished document; every element opened is closed. */
    String finish()
    {
        while (!open.isEmpty()) {
            end();
        }
        return markup.toString();
    }

    static String number(double value)
    {
        String text = String.format(Locale.ROOT, "%.2f", value);
        // "-0.00" and "0.00" are the same coordinate; write one of them
        return text.equals("-0.00") ? "0.00" : text;
    }

    private void closeStartTag()
    {
        if (startTagOpen) {
            markup.append('>');
            startTagOpen = false;
        }
    }
}

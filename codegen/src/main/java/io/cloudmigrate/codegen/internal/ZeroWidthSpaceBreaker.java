package io.cloudmigrate.codegen.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker with one more break opportunity: after a zero-width space. The JDK's
 * line rules, which openhtmltopdf uses, do not break there, so the break opportunities {@link PdfText}
 * puts into long identifiers would otherwise do nothing. One instance per document: it is not thread-safe.
 */
final class ZeroWidthSpaceBreaker
        implements FSTextBreaker
{
    private static final int DONE = BreakIterator.DONE;
    private static final int UNREAD = -2;

    private final FSTextBreaker standard = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private String text = "";
    private int current;
    private int standardNext = UNREAD;

    @Override
    public void setText(String newText)
    {
        text = newText;
        standard.setText(newText);
        current = 0;
        standardNext = UNREAD;
    }

    @Override
    public int next()
    {
        while (standardNext == UNREAD || (standardNext != DONE && standardNext <= current)) {
            standardNext = standard.next();
        }
        int space = text.indexOf(PdfText.ZERO_WIDTH_SPACE, current);
        int afterSpace = space < 0 ? DONE : space + 1;
        int next;
        if (afterSpace == DONE) {
            next = standardNext;
        }
        else if (standardNext == DONE) {
            next = afterSpace;
        }
        else {
            next = Math.min(afterSpace, standardNext);
        }
        if (next != DONE) {
            current = next;
        }
        return next;
    }
}

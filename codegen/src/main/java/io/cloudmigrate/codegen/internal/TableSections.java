package io.cloudmigrate.codegen.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the row groups of long tables into sections of at most {@value #ROWS} rows before an XHTML
 * document goes to openhtmltopdf. Its table layout sets the cell widths of a whole section each time
 * it lays out one of the section's rows, so a table of n rows in one section costs n² (13 % of the
 * samples of generating 5,000 resources went there); sections of a bounded size make it linear. The
 * columns are sized per table, not per section, so the page looks the same.
 *
 * <p>Works on the markup CloudMigrate writes (the report template and Markdown rendered by
 * commonmark): well-formed XHTML whose text never holds a raw {@code <}. Rows written directly in a
 * {@code <table>} (an implicit section) get explicit {@code <tbody>} elements; header and footer
 * sections are left whole, since openhtmltopdf repeats a header on every page.
 */
final class TableSections
{
    static final int ROWS = 50;

    private static final Pattern TAG = Pattern.compile("<(/?)(table|thead|tbody|tfoot|tr)(?=[\\s/>])[^>]*>");

    private enum Section { NONE, HEADER_OR_FOOTER, BODY, IMPLICIT_BODY }

    private static final class Table
    {
        Section section = Section.NONE;
        int rows;
    }

    private TableSections() {}

    static String split(String xhtml)
    {
        Matcher matcher = TAG.matcher(xhtml);
        StringBuilder result = new StringBuilder(xhtml.length() + xhtml.length() / 50);
        Deque<Table> tables = new ArrayDeque<>();
        int copied = 0;
        while (matcher.find()) {
            boolean closing = !matcher.group(1).isEmpty();
            String name = matcher.group(2);
            String before = "";
            Table table = tables.peek();
            if (!closing && name.equals("table")) {
                tables.push(new Table());
            }
            else if (table != null) {
                before = transition(table, closing, name);
                if (closing && name.equals("table")) {
                    tables.pop();
                }
            }
            if (!before.isEmpty()) {
                result.append(xhtml, copied, matcher.start()).append(before);
                copied = matcher.start();
            }
        }
        if (copied == 0) {
            return xhtml;
        }
        return result.append(xhtml, copied, xhtml.length()).toString();
    }

    /** What to insert before the tag, and the table's state after it. */
    private static String transition(Table table, boolean closing, String name)
    {
        String before = "";
        switch (name) {
            case "tr" -> {
                if (closing || table.section == Section.HEADER_OR_FOOTER) {
                    return "";
                }
                if (table.section == Section.NONE) {
                    table.section = Section.IMPLICIT_BODY;
                    table.rows = 0;
                    before = "<tbody>";
                }
                else if (table.rows == ROWS) {
                    table.rows = 0;
                    before = "</tbody><tbody>";
                }
                table.rows++;
            }
            case "thead", "tbody", "tfoot", "table" -> {
                if (table.section == Section.IMPLICIT_BODY) {
                    before = "</tbody>";
                }
                table.section = closing ? Section.NONE : name.equals("tbody") ? Section.BODY : Section.HEADER_OR_FOOTER;
                table.rows = 0;
            }
            default -> throw new IllegalStateException("the pattern matches no other tag: " + name);
        }
        return before;
    }
}

package io.cloudmigrate.codegen;

/**
 * The paper the readiness report and the runbook PDFs are laid out for, in landscape. A4 unless asked:
 * the size is never taken from the machine's locale, so that the same assessment gives the same files
 * on a laptop in Chicago, a CI runner and a server generating for users elsewhere.
 */
public enum PageSize
{
    /** 297 × 210 mm in landscape. */
    A4("A4"),
    /** US Letter, 11 × 8.5 in in landscape. */
    LETTER("letter");

    private final String cssName;

    PageSize(String cssName)
    {
        this.cssName = cssName;
    }

    /** The name CSS's {@code @page size} gives it. */
    public String cssName()
    {
        return cssName;
    }
}

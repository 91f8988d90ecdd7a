package io.cloudmigrate.scoring;

/**
 * Where a product version stands in its vendor's lifecycle on a given date.
 */
public enum SupportStatus
{
    /** Supported beyond the horizon, or no end date is known. */
    SUPPORTED,
    /** Still supported, but support ends before the date plus the horizon. */
    ENDING_WITHIN_HORIZON,
    /** Free vendor support has ended; a paid extension (ESU, ELS, ESM, RDS Extended Support) still runs. */
    PAID_EXTENSION_ONLY,
    /** No vendor support of any kind. */
    UNSUPPORTED;

    /** Whether the version must change soon: it is past support or within the horizon. */
    public boolean forcesChange()
    {
        return this != SUPPORTED;
    }

    /** Whether free vendor support has already ended. */
    public boolean pastSupport()
    {
        return this == PAID_EXTENSION_ONLY || this == UNSUPPORTED;
    }
}

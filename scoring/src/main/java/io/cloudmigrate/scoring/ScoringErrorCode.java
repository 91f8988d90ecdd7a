package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;

/**
 * Error codes of the scoring module.
 */
public enum ScoringErrorCode
        implements ErrorCode
{
    /** A table bundled with CloudMigrate (prices, lifecycle dates) is missing or malformed: a packaging bug. */
    BUNDLED_DATA_UNREADABLE(ErrorCategory.INTERNAL),
    /** The AWS Price List API could not be reached, refused the call or kept throttling it. */
    PRICE_LIST_UNAVAILABLE(ErrorCategory.EXTERNAL),
    /** The AWS Price List API answered something that is not a price list. */
    PRICE_LIST_MALFORMED(ErrorCategory.EXTERNAL),
    /** The price cache directory cannot be read or written. */
    PRICE_CACHE_UNUSABLE(ErrorCategory.USER_ERROR);

    private final ErrorCategory category;

    ScoringErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

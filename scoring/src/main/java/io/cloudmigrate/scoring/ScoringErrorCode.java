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
    BUNDLED_DATA_UNREADABLE(ErrorCategory.INTERNAL);

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

package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;

/**
 * Error codes of the recommend module.
 */
public enum RecommendErrorCode
        implements ErrorCode
{
    /** The assessment date cannot be worked out: the inventory's capturedAt is not a date or timestamp. */
    INVALID_ASSESSMENT_DATE(ErrorCategory.USER_ERROR);

    private final ErrorCategory category;

    RecommendErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

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
    INVALID_ASSESSMENT_DATE(ErrorCategory.USER_ERROR),
    /** A strategy decision lacks a reason or names a resource the assessment does not recommend. */
    INVALID_DECISION(ErrorCategory.USER_ERROR),
    /** A model file is not one this version wrote, or is damaged. */
    INVALID_MODEL(ErrorCategory.USER_ERROR),
    /** A model file cannot be read or written. */
    MODEL_FILE_FAILED(ErrorCategory.EXTERNAL);

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

package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;

/**
 * Error codes of the graph module.
 */
public enum GraphErrorCode
        implements ErrorCode
{
    /** A flow-log file or directory named by the user does not exist or cannot be read. */
    INPUT_NOT_FOUND(ErrorCategory.USER_ERROR),
    /** An input is unusable as a whole (not one malformed record, which is counted and skipped). */
    MALFORMED_INPUT(ErrorCategory.USER_ERROR),
    /** A resource or wave named by the user (a graph view's focus or wave) is not in the assessment. */
    UNKNOWN_RESOURCE(ErrorCategory.USER_ERROR),
    /** A bug: something we assumed cannot happen did. */
    INTERNAL_ERROR(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    GraphErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

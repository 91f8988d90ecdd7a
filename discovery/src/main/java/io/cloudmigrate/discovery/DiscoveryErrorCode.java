package io.cloudmigrate.discovery;

/**
 * Error codes of the discovery module.
 */
public enum DiscoveryErrorCode
        implements ErrorCode
{
    /** A file or directory named by the user does not exist or cannot be read. */
    INPUT_NOT_FOUND(ErrorCategory.USER_ERROR),
    /** A JSON document is malformed or does not have the expected shape. */
    MALFORMED_INPUT(ErrorCategory.USER_ERROR),
    /** A document was written by a newer CloudMigrate than this one. */
    UNSUPPORTED_SCHEMA_VERSION(ErrorCategory.USER_ERROR),
    /** A CloudMigrate document of another kind was given where one kind is expected (an inventory for an assessment). */
    WRONG_DOCUMENT_KIND(ErrorCategory.USER_ERROR),
    /** Writing an output file failed. */
    OUTPUT_FAILED(ErrorCategory.EXTERNAL),
    /** An AWS API call failed in a way that stops the scan. */
    AWS_CALL_FAILED(ErrorCategory.EXTERNAL),
    /** A bug: something we assumed cannot happen did. */
    INTERNAL_ERROR(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    DiscoveryErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;

/**
 * Error codes of the codegen module.
 */
public enum CodegenErrorCode
        implements ErrorCode
{
    /** The template override directory does not exist or is not a directory. */
    TEMPLATE_DIRECTORY_NOT_FOUND(ErrorCategory.USER_ERROR),
    /** A template could not be read, parsed or rendered; usually an edited override template. */
    TEMPLATE_FAILED(ErrorCategory.USER_ERROR),
    /** The assessment contradicts itself, e.g. a wave names a resource the inventory lacks. */
    INVALID_ASSESSMENT(ErrorCategory.USER_ERROR),
    /**
     * The output directory cannot be used: it is a file, it cannot be created or written, or it holds
     * files that no earlier generation wrote and writing into it was not forced.
     */
    OUTPUT_REFUSED(ErrorCategory.USER_ERROR),
    /** Writing an artifact failed. */
    OUTPUT_FAILED(ErrorCategory.EXTERNAL),
    /** Rendering a PDF failed. */
    PDF_FAILED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    CodegenErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

package io.cloudmigrate.discovery;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type of CloudMigrate. Its message is written for the user: it names the input
 * and says what to do. The boundary (CLI, HTTP) maps {@link ErrorCode#category()} to an exit code
 * or a status and prints the message without a stack trace.
 */
public class CloudMigrateException
        extends RuntimeException
{
    private final ErrorCode errorCode;

    public CloudMigrateException(ErrorCode errorCode, String message)
    {
        this(errorCode, message, null);
    }

    public CloudMigrateException(ErrorCode errorCode, String message, Throwable cause)
    {
        super(requireNonNull(message, "message is null"), cause);
        this.errorCode = requireNonNull(errorCode, "errorCode is null");
    }

    public ErrorCode errorCode()
    {
        return errorCode;
    }
}

package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.ErrorCategory;

/**
 * The exit codes of {@code cloudmigrate}, documented in {@code --help}.
 */
public final class ExitCodes
{
    public static final int OK = 0;
    /** A bug in CloudMigrate. */
    public static final int INTERNAL_ERROR = 1;
    /** Bad flag, unreadable or malformed input: the user can fix it. */
    public static final int USER_ERROR = 2;
    /** The work finished but recorded warnings, and {@code --strict} was given. */
    public static final int WARNINGS_WITH_STRICT = 3;
    /** AWS, the network or the file system failed. */
    public static final int EXTERNAL_ERROR = 4;

    private ExitCodes() {}

    public static int of(ErrorCategory category)
    {
        return switch (category) {
            case USER_ERROR -> USER_ERROR;
            case EXTERNAL -> EXTERNAL_ERROR;
            case INTERNAL -> INTERNAL_ERROR;
        };
    }
}

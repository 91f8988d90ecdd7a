package io.cloudmigrate.discovery;

/**
 * Who can fix an error: the user (bad input or flag), the outside world (AWS, the network), or us.
 * The CLI and HTTP boundaries map a category to an exit code or a status.
 */
public enum ErrorCategory
{
    USER_ERROR,
    EXTERNAL,
    INTERNAL
}

package io.cloudmigrate.discovery;

/**
 * An error code of one module. Each module has an enum implementing this interface, and throws
 * {@link CloudMigrateException} with one of its codes.
 */
public interface ErrorCode
{
    String name();

    ErrorCategory category();
}

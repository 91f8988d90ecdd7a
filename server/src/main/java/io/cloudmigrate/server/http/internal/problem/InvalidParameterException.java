package io.cloudmigrate.server.http.internal.problem;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import static java.util.Objects.requireNonNull;

/**
 * A request the contract lets through but a handler refuses because of one parameter (a combination the
 * schema cannot say, a resource id the assessment lacks): a 400 whose problem names the parameter in
 * {@code field}, as a failed validation does.
 */
public final class InvalidParameterException
        extends CloudMigrateException
{
    private final String parameter;

    /**
     * @param parameter the query parameter at fault, as the contract names it
     * @param message for the user: what is wrong with it and what to give instead
     */
    public InvalidParameterException(String parameter, String message)
    {
        super(ServerErrorCode.INVALID_REQUEST, message);
        this.parameter = requireNonNull(parameter, "parameter is null");
    }

    public String parameter()
    {
        return parameter;
    }
}

package io.cloudmigrate.server.http.internal.problem;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.util.Locale;

/**
 * The mapping from the project's error scheme to problems: a {@link ServerErrorCode} has its own
 * status; a code of a pipeline module is mapped by its category. Anything else is a bug, and its
 * message stays in the log: the answer names only its kind.
 */
public final class Problems
{
    private static final String TYPE_PREFIX = "urn:cloudmigrate:problem:";

    private Problems() {}

    public static Problem of(Throwable failure)
    {
        if (failure instanceof CloudMigrateException error) {
            ErrorCode code = error.errorCode();
            int status = code instanceof ServerErrorCode serverCode ? status(serverCode) : status(code.category());
            return new Problem(type(code.name()), title(status), status, error.getMessage(),
                    error instanceof InvalidParameterException invalid ? invalid.parameter() : null);
        }
        return internal();
    }

    public static Problem internal()
    {
        return new Problem(type("internal-error"), title(500), 500, "an internal error occurred; the server log has the details", null);
    }

    public static Problem of(int status, String code, String detail, String field)
    {
        return new Problem(type(code), title(status), status, detail, field);
    }

    public static String type(String code)
    {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int status(ServerErrorCode code)
    {
        return switch (code) {
            case INVALID_REQUEST -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT, ALREADY_SERVING -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case UNPROCESSABLE, SCHEMA_TOO_NEW -> 422;
            case RATE_LIMITED -> 429;
            case DATABASE_UNAVAILABLE, IDENTITY_PROVIDER_UNAVAILABLE -> 503;
            case LISTEN_FAILED -> 500;
        };
    }

    private static int status(ErrorCategory category)
    {
        return switch (category) {
            case USER_ERROR -> 422;
            case EXTERNAL -> 502;
            case INTERNAL -> 500;
        };
    }

    public static String title(int status)
    {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }
}

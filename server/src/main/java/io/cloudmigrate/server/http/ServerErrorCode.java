package io.cloudmigrate.server.http;

import io.cloudmigrate.discovery.ErrorCategory;
import io.cloudmigrate.discovery.ErrorCode;

/**
 * Error codes of the HTTP server. The failure handler maps each to one HTTP status; codes of the
 * pipeline modules are mapped by their category.
 */
public enum ServerErrorCode
        implements ErrorCode
{
    /** A request parameter or field is invalid in a way the contract cannot express (a foreign cursor). */
    INVALID_REQUEST(ErrorCategory.USER_ERROR),
    /** No valid access token, or wrong credentials at the token endpoint; the answer says no more. */
    UNAUTHENTICATED(ErrorCategory.USER_ERROR),
    /** The caller may see what they ask about but lacks the role to do it. */
    FORBIDDEN(ErrorCategory.USER_ERROR),
    /** An estate, assessment, job, upload or resource id names nothing (or nothing the caller may see). */
    NOT_FOUND(ErrorCategory.USER_ERROR),
    /** The request contradicts the current state (a running job, a finished job to cancel). */
    CONFLICT(ErrorCategory.USER_ERROR),
    /** A request body or upload is larger than the configured limit. */
    TOO_LARGE(ErrorCategory.USER_ERROR),
    /** An upload is not of a media type the server reads. */
    UNSUPPORTED_MEDIA_TYPE(ErrorCategory.USER_ERROR),
    /** The request is well-formed but cannot be processed (a malformed archive, a missing upload id). */
    UNPROCESSABLE(ErrorCategory.USER_ERROR),
    /** A client made more requests than its rate limit allows; it may try again after the time the answer names. */
    RATE_LIMITED(ErrorCategory.USER_ERROR),
    /** Another {@code cloudmigrate serve} holds the data directory or the database. */
    ALREADY_SERVING(ErrorCategory.USER_ERROR),
    /** The database's schema was migrated by a newer CloudMigrate. */
    SCHEMA_TOO_NEW(ErrorCategory.USER_ERROR),
    /** The database cannot be reached or started. */
    DATABASE_UNAVAILABLE(ErrorCategory.EXTERNAL),
    /** The keys of the external identity provider cannot be fetched, so its tokens cannot be checked. */
    IDENTITY_PROVIDER_UNAVAILABLE(ErrorCategory.EXTERNAL),
    /** The HTTP port cannot be bound. */
    LISTEN_FAILED(ErrorCategory.EXTERNAL);

    private final ErrorCategory category;

    ServerErrorCode(ErrorCategory category)
    {
        this.category = category;
    }

    @Override
    public ErrorCategory category()
    {
        return category;
    }
}

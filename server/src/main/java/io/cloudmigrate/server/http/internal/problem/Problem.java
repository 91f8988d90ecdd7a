package io.cloudmigrate.server.http.internal.problem;

import static java.util.Objects.requireNonNull;

/**
 * An RFC 9457 problem: the one shape of every error the server answers, and of a failed job's error.
 *
 * @param type a URI naming the kind of problem
 * @param field the request field at fault, for a 400; {@code null} otherwise
 */
public record Problem(String type, String title, int status, String detail, String field)
{
    public Problem
    {
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
        requireNonNull(detail, "detail is null");
    }
}

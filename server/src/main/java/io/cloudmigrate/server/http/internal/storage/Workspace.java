package io.cloudmigrate.server.http.internal.storage;

import static java.util.Objects.requireNonNull;

/**
 * A workspace (a client, a business unit) as the API shows it.
 *
 * @param role the caller's role in it ({@code admin} for a server administrator who is no member)
 */
public record Workspace(String id, String name, String createdAt, String role)
{
    public Workspace
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(role, "role is null");
    }

    /** A member of a workspace and their role there. */
    public record Membership(String user, String role) {}
}

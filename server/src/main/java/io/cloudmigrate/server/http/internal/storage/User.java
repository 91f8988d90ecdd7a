package io.cloudmigrate.server.http.internal.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A local user as listed; the password hash never leaves {@link UserStore}. Audited as the result of
 * the user-administration operations, so the record names the user and their state after the change.
 *
 * @param administrator may manage users and workspaces
 * @param role the role in the default workspace, if a member of it
 */
public record User(UUID id, String name, boolean administrator, boolean disabled, Optional<Role> role, Instant createdAt)
        implements Audited
{
    public User
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}

package io.cloudmigrate.server.http.internal.storage;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * An enabled user as a request sees them: who, whether a server administrator, and their role in
 * each workspace they are a member of.
 *
 * @param roles by workspace id; sorted, so that anything derived from it is stable
 */
public record Member(UUID id, String name, boolean administrator, Map<UUID, Role> roles)
{
    public Member
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        roles = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(roles, "roles is null")));
    }

    /** The role in a workspace; an administrator is an admin of every workspace. */
    public Optional<Role> roleIn(UUID workspaceId)
    {
        return administrator ? Optional.of(Role.ADMIN) : Optional.ofNullable(roles.get(workspaceId));
    }

    /** Whether the member has at least this role in some workspace. */
    public boolean hasAnywhere(Role role)
    {
        return administrator || roles.values().stream().anyMatch(held -> held.includes(role));
    }
}

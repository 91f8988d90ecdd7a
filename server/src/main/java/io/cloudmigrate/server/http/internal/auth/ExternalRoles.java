package io.cloudmigrate.server.http.internal.auth;

import io.cloudmigrate.server.http.internal.storage.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The workspace roles an external token's roles claim carries, in either form of
 * {@link io.cloudmigrate.server.http.IdentityProviderOptions}: an object from workspace id to role, or
 * an array of {@code WORKSPACE-ID:ROLE} strings and perhaps the word {@code administrator}. A workspace
 * named twice keeps the higher role.
 */
record ExternalRoles(boolean administrator, Map<UUID, Role> roles)
{
    static final String ADMINISTRATOR = "administrator";

    ExternalRoles
    {
        roles = Map.copyOf(requireNonNull(roles, "roles is null"));
    }

    /** The roles of the claim's value (null when the token has no such claim); empty when it is malformed. */
    static Optional<ExternalRoles> parse(Object claim)
    {
        try {
            return Optional.of(switch (claim) {
                case null -> new ExternalRoles(false, Map.of());
                case JsonObject byWorkspace -> fromObject(byWorkspace);
                case JsonArray entries -> fromArray(entries);
                default -> throw new IllegalArgumentException("neither an object nor an array");
            });
        }
        catch (IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static ExternalRoles fromObject(JsonObject byWorkspace)
    {
        Map<UUID, Role> roles = new TreeMap<>();
        for (String workspace : byWorkspace.fieldNames()) {
            add(roles, workspace, byWorkspace.getString(workspace));
        }
        return new ExternalRoles(false, roles);
    }

    private static ExternalRoles fromArray(JsonArray entries)
    {
        Map<UUID, Role> roles = new TreeMap<>();
        boolean administrator = false;
        for (int index = 0; index < entries.size(); index++) {
            String entry = entries.getString(index);
            if (ADMINISTRATOR.equals(entry)) {
                administrator = true;
                continue;
            }
            int colon = entry == null ? -1 : entry.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("an entry is not WORKSPACE-ID:ROLE");
            }
            add(roles, entry.substring(0, colon), entry.substring(colon + 1));
        }
        return new ExternalRoles(administrator, roles);
    }

    private static void add(Map<UUID, Role> roles, String workspace, String role)
    {
        if (role == null) {
            throw new IllegalArgumentException("a role is not a string");
        }
        roles.merge(UUID.fromString(workspace), Role.ofLabel(role), (held, other) -> held.includes(other) ? held : other);
    }
}

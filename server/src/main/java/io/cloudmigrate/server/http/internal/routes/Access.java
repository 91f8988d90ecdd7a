package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.Role;

import java.util.Optional;

/**
 * Who may call an operation, declared once beside it in {@link ApiRoutes} and enforced by
 * {@link Authentication} alone. A role is needed in the workspace of what the operation touches; the
 * stores check that, while this gate refuses at once a caller who holds the role nowhere.
 */
enum Access
{
    /** No token: liveness, readiness, the contract, the token endpoint. */
    ANYONE,
    /** Reads. */
    VIEWER,
    /** Also imports, assesses, overrides, cancels. */
    OPERATOR,
    /** Also manages the members of a workspace and deletes its estates. */
    ADMIN,
    /** A server administrator ({@code user add --admin}): creates workspaces. */
    ADMINISTRATOR;

    /** The workspace role this access needs; empty for {@link #ANYONE}. */
    Optional<Role> role()
    {
        return switch (this) {
            case ANYONE -> Optional.empty();
            case VIEWER -> Optional.of(Role.VIEWER);
            case OPERATOR -> Optional.of(Role.OPERATOR);
            case ADMIN, ADMINISTRATOR -> Optional.of(Role.ADMIN);
        };
    }
}

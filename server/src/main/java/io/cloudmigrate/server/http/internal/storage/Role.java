package io.cloudmigrate.server.http.internal.storage;

import java.util.Locale;

/**
 * A member's role in a workspace, each including the rights of the ones before it: a viewer reads;
 * an operator also scans, imports, assesses and overrides; an admin also manages members.
 */
public enum Role
{
    VIEWER,
    OPERATOR,
    ADMIN;

    /** Whether this role has at least the rights of the other. */
    public boolean includes(Role other)
    {
        return compareTo(other) >= 0;
    }

    /** The name as stored and shown: {@code viewer}, {@code operator}, {@code admin}. */
    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofLabel(String label)
    {
        for (Role role : values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "' (viewer, operator or admin)");
    }
}

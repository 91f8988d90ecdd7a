package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * What one request may see and change: the workspaces of its caller, and the role its operation
 * needs. Stores filter every read by {@link #visible} (a row of another workspace is simply not
 * found: 404, never 403, so that ids of other workspaces tell nothing), and check {@link #permit}
 * before a change.
 *
 * @param required the role the operation needs in the workspace of what it touches
 */
public record Scope(Member member, Role required)
{
    public Scope
    {
        requireNonNull(member, "member is null");
        requireNonNull(required, "required is null");
    }

    /**
     * The one filter of every scoped query: a condition on the workspace column (a qualified name
     * such as {@code e.workspace_id}) with two parameters, bound by {@link #bind}.
     */
    public static String visible(String workspaceColumn)
    {
        return "(? or " + workspaceColumn + " = any(?))";
    }

    /** Binds the two parameters of {@link #visible} from the given index; returns the next index. */
    int bind(PreparedStatement statement, int index)
            throws SQLException
    {
        statement.setBoolean(index, member.administrator());
        statement.setArray(index + 1, statement.getConnection().createArrayOf("uuid", member.roles().keySet().toArray()));
        return index + 2;
    }

    /**
     * Refuses the change when the caller sees the workspace but lacks the role there.
     *
     * @throws CloudMigrateException FORBIDDEN
     */
    public void permit(UUID workspaceId)
    {
        Role held = member.roleIn(workspaceId).orElseThrow(() -> new IllegalStateException("permit is asked only for a visible workspace"));
        if (!held.includes(required)) {
            throw new CloudMigrateException(ServerErrorCode.FORBIDDEN, "this needs the role " + required.label() + " in the workspace; you are " + held.label());
        }
    }
}

package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Workspace.Membership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Workspaces and their members. A caller sees the workspaces they are a member of (an administrator
 * sees all); members are managed by the workspace's admins.
 */
public final class WorkspaceStore
{
    private static final Pattern NAME = Pattern.compile("^\\S(.{0,98}\\S)?$");

    private final Database database;

    public WorkspaceStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /**
     * Creates a workspace.
     *
     * @throws CloudMigrateException when the name is taken or blank
     */
    public Workspace create(String name)
    {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "workspace name '" + name + "' is invalid: 1 to 100 characters, not starting or ending with a space");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            if (find(connection, name).isPresent()) {
                throw new CloudMigrateException(ServerErrorCode.CONFLICT, "a workspace named '" + name + "' exists already");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into workspaces (id, name, created_at) values (?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setTimestamp(3, Sql.timestamp(now));
                insert.executeUpdate();
            }
            return new Workspace(id.toString(), name, now.toString(), Role.ADMIN.label());
        });
    }

    /** The id of the workspace with this name. */
    public Optional<UUID> find(String name)
    {
        return Sql.inTransaction(database, connection -> find(connection, name));
    }

    /** The workspaces the member sees, by name. */
    public List<Workspace> list(Member member)
    {
        return Sql.inTransaction(database, connection -> {
            Scope scope = new Scope(member, Role.VIEWER);
            try (PreparedStatement select = connection.prepareStatement("select w.id, w.name, w.created_at from workspaces w where "
                    + Scope.visible("w.id") + " order by w.name")) {
                scope.bind(select, 1);
                List<Workspace> workspaces = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        workspaces.add(read(result, member));
                    }
                }
                return List.copyOf(workspaces);
            }
        });
    }

    public Workspace get(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> visible(connection, id, scope));
    }

    /** The members of a workspace, by user name. */
    public List<Membership> members(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            visible(connection, id, scope);
            scope.permit(id);
            try (PreparedStatement select = connection.prepareStatement(
                    "select u.name, m.role from workspace_members m join users u on u.id = m.user_id where m.workspace_id = ? order by u.name")) {
                select.setObject(1, id);
                List<Membership> members = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        members.add(new Membership(result.getString(1), result.getString(2)));
                    }
                }
                return List.copyOf(members);
            }
        });
    }

    /** Makes a user a member with this role, or changes their role. */
    public Membership putMember(UUID id, String userName, Role role, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            visible(connection, id, scope);
            scope.permit(id);
            UUID userId = userId(connection, userName);
            try (PreparedStatement upsert = connection.prepareStatement("insert into workspace_members (workspace_id, user_id, role) values (?, ?, ?) "
                    + "on conflict (workspace_id, user_id) do update set role = excluded.role")) {
                upsert.setObject(1, id);
                upsert.setObject(2, userId);
                upsert.setString(3, role.label());
                upsert.executeUpdate();
            }
            return new Membership(userName, role.label());
        });
    }

    /** Ends a membership; the user's work in the workspace stays. */
    public void removeMember(UUID id, String userName, Scope scope)
    {
        Sql.inTransaction(database, connection -> {
            visible(connection, id, scope);
            scope.permit(id);
            try (PreparedStatement delete = connection.prepareStatement("delete from workspace_members where workspace_id = ? and user_id = ?")) {
                delete.setObject(1, id);
                delete.setObject(2, userId(connection, userName));
                if (delete.executeUpdate() == 0) {
                    throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "'" + userName + "' is not a member of workspace " + id);
                }
            }
            return null;
        });
    }

    /** Adds a member outside any request: {@code cloudmigrate workspace add-member}. */
    public Membership addMember(UUID id, String userName, Role role)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("insert into workspace_members (workspace_id, user_id, role) values (?, ?, ?) "
                    + "on conflict (workspace_id, user_id) do update set role = excluded.role")) {
                upsert.setObject(1, id);
                upsert.setObject(2, userId(connection, userName));
                upsert.setString(3, role.label());
                upsert.executeUpdate();
            }
            return new Membership(userName, role.label());
        });
    }

    /** The workspace if the scope sees it; else not found, as if it did not exist. */
    static Workspace visible(Connection connection, UUID id, Scope scope)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select w.id, w.name, w.created_at from workspaces w where w.id = ? and " + Scope.visible("w.id"))) {
            select.setObject(1, id);
            scope.bind(select, 2);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw notFound(id);
                }
                return read(result, scope.member());
            }
        }
    }

    static CloudMigrateException notFound(UUID id)
    {
        return new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no workspace has the id " + id);
    }

    private static Optional<UUID> find(Connection connection, String name)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select id from workspaces where name = ?")) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static UUID userId(Connection connection, String userName)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select id from users where name = ?")) {
            select.setString(1, userName);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no user named '" + userName + "'");
                }
                return result.getObject(1, UUID.class);
            }
        }
    }

    private static Workspace read(ResultSet result, Member member)
            throws SQLException
    {
        UUID id = result.getObject("id", UUID.class);
        return new Workspace(id.toString(), result.getString("name"), Sql.text(result.getTimestamp("created_at")),
                member.roleIn(id).map(Role::label).orElseThrow());
    }
}

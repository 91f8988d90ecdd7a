package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.internal.storage.DataDirectoryLock;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.Role;
import io.cloudmigrate.server.http.internal.storage.User;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.cloudmigrate.server.http.internal.storage.Workspace;
import io.cloudmigrate.server.http.internal.storage.WorkspaceStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Local users and workspaces of a server's database, for {@code cloudmigrate user} and
 * {@code cloudmigrate workspace}: the same database {@code serve}
 * uses, migrated first. The embedded database is started under the data directory's lock, so a
 * running server on that directory must be stopped first; an external database is shared with it.
 */
public final class UserAdministration
        implements AutoCloseable
{
    private final Optional<DataDirectoryLock> lock;
    private final Database database;
    private final UserStore users;
    private final WorkspaceStore workspaces;

    private UserAdministration(Optional<DataDirectoryLock> lock, Database database)
    {
        this.lock = lock;
        this.database = database;
        this.users = new UserStore(database);
        this.workspaces = new WorkspaceStore(database);
    }

    /** The workspace every server has from its first start, named {@value}; estates of earlier versions are in it. */
    public static final String DEFAULT_WORKSPACE = "default";

    /** A workspace as {@code workspace add} shows one. */
    public record WorkspaceAccount(UUID id, String name) {}

    /** A user as {@code user list} shows one. */
    public record Account(UUID id, String name, String role, boolean administrator, boolean disabled, Instant createdAt) {}

    public static UserAdministration open(ServerOptions options)
    {
        requireNonNull(options, "options is null");
        Optional<DataDirectoryLock> lock = options.database().isPresent() ? Optional.empty() : Optional.of(DataDirectoryLock.acquire(options.dataDirectory()));
        try {
            return new UserAdministration(lock, Database.open(options, false));
        }
        catch (RuntimeException e) {
            lock.ifPresent(DataDirectoryLock::close);
            throw e;
        }
    }

    /**
     * Adds a user.
     *
     * @param role {@code viewer}, {@code operator} or {@code admin} in the default workspace
     * @param administrator also manages users (and is an admin of the workspace)
     */
    public Account add(String name, char[] password, String role, boolean administrator)
    {
        Role parsed;
        try {
            parsed = Role.ofLabel(requireNonNull(role, "role is null"));
        }
        catch (IllegalArgumentException e) {
            throw new io.cloudmigrate.discovery.CloudMigrateException(ServerErrorCode.INVALID_REQUEST, e.getMessage(), e);
        }
        return account(users.add(name, password, parsed, administrator));
    }

    /**
     * Creates a workspace.
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException when the name is taken or invalid
     */
    public WorkspaceAccount addWorkspace(String name)
    {
        Workspace workspace = workspaces.create(name);
        return new WorkspaceAccount(UUID.fromString(workspace.id()), workspace.name());
    }

    /**
     * Makes a user a member of a workspace with a role, or changes their role there.
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException when the workspace, the user or the role is unknown
     */
    public void addMember(String workspace, String user, String role)
    {
        UUID id = workspaces.find(requireNonNull(workspace, "workspace is null"))
                .orElseThrow(() -> new io.cloudmigrate.discovery.CloudMigrateException(ServerErrorCode.NOT_FOUND, "no workspace named '" + workspace + "'"));
        Role parsed;
        try {
            parsed = Role.ofLabel(requireNonNull(role, "role is null"));
        }
        catch (IllegalArgumentException e) {
            throw new io.cloudmigrate.discovery.CloudMigrateException(ServerErrorCode.INVALID_REQUEST, e.getMessage(), e);
        }
        workspaces.addMember(id, user, parsed);
    }

    /** The id of the workspace with this name. */
    public Optional<UUID> workspace(String name)
    {
        return workspaces.find(name);
    }

    public List<Account> list()
    {
        return users.list().stream().map(UserAdministration::account).toList();
    }

    public void disable(String name)
    {
        users.disable(name);
    }

    public void enable(String name)
    {
        users.enable(name);
    }

    public void resetPassword(String name, char[] password)
    {
        users.resetPassword(name, password);
    }

    private static Account account(User user)
    {
        return new Account(user.id(), user.name(), user.role().map(Role::label).orElse("-"), user.administrator(), user.disabled(), user.createdAt());
    }

    @Override
    public void close()
    {
        database.close();
        lock.ifPresent(DataDirectoryLock::close);
    }
}

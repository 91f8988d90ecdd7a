package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.users.PasswordHasher;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Local users and their membership of the default workspace. Passwords are kept only as Argon2id
 * hashes; a disabled user or a reset password ends the sessions issued before.
 */
public final class UserStore
{
    /** The workspace every estate and member belongs to until workspaces can be managed. */
    public static final UUID DEFAULT_WORKSPACE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{0,63}$");
    private static final String SELECT = "select u.id, u.name, u.administrator, u.disabled, u.created_at, m.role from users u"
            + " left join workspace_members m on m.user_id = u.id and m.workspace_id = '" + DEFAULT_WORKSPACE + "'";

    private final Database database;
    private final PasswordHasher hasher = new PasswordHasher();

    public UserStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /**
     * Adds a user with a role in the default workspace; an administrator is an admin there.
     *
     * @throws CloudMigrateException when the name is taken or malformed, or the password too short
     */
    public User add(String name, char[] password, Role role, boolean administrator)
    {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        if (!NAME.matcher(name).matches()) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST,
                    "user name '" + name + "' is invalid: 1 to 64 of lower-case letters, digits, '.', '_', '@' and '-', starting with a letter or digit");
        }
        String hash = hasher.hash(checked(password));
        Role effective = administrator ? Role.ADMIN : role;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from users where name = ?")) {
                exists.setString(1, name);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        throw new CloudMigrateException(ServerErrorCode.CONFLICT, "a user named '" + name + "' exists already");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into users (id, name, password_hash, administrator, created_at, tokens_valid_after) values (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, hash);
                insert.setBoolean(4, administrator);
                insert.setTimestamp(5, Sql.timestamp(now));
                insert.setTimestamp(6, Sql.timestamp(now));
                insert.executeUpdate();
            }
            try (PreparedStatement member = connection.prepareStatement("insert into workspace_members (workspace_id, user_id, role) values (?, ?, ?)")) {
                member.setObject(1, DEFAULT_WORKSPACE);
                member.setObject(2, id);
                member.setString(3, effective.label());
                member.executeUpdate();
            }
            return new User(id, name, administrator, false, Optional.of(effective), now);
        });
    }

    /** Every user, by name. */
    public List<User> list()
    {
        return Sql.inTransaction(database, connection -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT + " order by u.name");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    users.add(user(result));
                }
            }
            return List.copyOf(users);
        });
    }

    public Optional<User> find(String name)
    {
        requireNonNull(name, "name is null");
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " where u.name = ?")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(user(result)) : Optional.<User>empty();
                }
            }
        });
    }

    /**
     * The user whose name and password these are, if enabled. An unknown name costs a hash too, so
     * that the answer's timing does not tell which names exist.
     */
    public Optional<User> authenticate(String name, char[] password)
    {
        requireNonNull(name, "name is null");
        requireNonNull(password, "password is null");
        Optional<String> stored = Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select password_hash from users where name = ? and not disabled")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.<String>empty();
                }
            }
        });
        if (stored.isEmpty()) {
            hasher.hash(password);
            return Optional.empty();
        }
        return hasher.matches(password, stored.get()) ? find(name) : Optional.empty();
    }

    /** Disables a user and ends their sessions; their estates and overrides stay. */
    public void disable(String name)
    {
        update(name, "update users set disabled = true, tokens_valid_after = ? where name = ?", null);
    }

    /**
     * Enables a disabled user. The sessions the disable ended stay ended (their tokens were issued
     * before it), so the user signs in anew.
     */
    public void enable(String name)
    {
        requireNonNull(name, "name is null");
        int updated = Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update users set disabled = false where name = ?")) {
                update.setString(1, name);
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no user named '" + name + "'");
        }
    }

    /** Sets a new password and ends the sessions issued with the old one. */
    public void resetPassword(String name, char[] password)
    {
        update(name, "update users set password_hash = ?, tokens_valid_after = ? where name = ?", hasher.hash(checked(password)));
    }

    private void update(String name, String sql, String hash)
    {
        requireNonNull(name, "name is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int updated = Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int index = 1;
                if (hash != null) {
                    update.setString(index++, hash);
                }
                update.setTimestamp(index++, Sql.timestamp(now));
                update.setString(index, name);
                int count = update.executeUpdate();
                try (PreparedStatement revoke = connection.prepareStatement(
                        "update refresh_tokens set revoked_at = ? where revoked_at is null and user_id = (select id from users where name = ?)")) {
                    revoke.setTimestamp(1, Sql.timestamp(now));
                    revoke.setString(2, name);
                    revoke.executeUpdate();
                }
                return count;
            }
        });
        if (updated == 0) {
            throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no user named '" + name + "'");
        }
    }

    private static char[] checked(char[] password)
    {
        requireNonNull(password, "password is null");
        if (password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST,
                    "the password is too short: at least " + MINIMUM_PASSWORD_LENGTH + " characters, found " + password.length);
        }
        return password;
    }

    /**
     * The enabled user with this id, with their memberships, if a token issued at {@code issuedAt}
     * still speaks for them: a disable or a password reset since then ends it.
     */
    public Optional<Member> member(UUID id, Instant issuedAt)
    {
        requireNonNull(id, "id is null");
        requireNonNull(issuedAt, "issuedAt is null");
        // Every request of a signed-in caller asks this: one statement, outside a transaction.
        return Sql.read(database, connection -> member(connection, id, issuedAt));
    }

    static Optional<Member> member(java.sql.Connection connection, UUID id, Instant issuedAt)
            throws java.sql.SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select u.name, u.administrator, m.workspace_id, m.role from users u "
                + "left join workspace_members m on m.user_id = u.id where u.id = ? and not u.disabled and u.tokens_valid_after <= ?")) {
            select.setObject(1, id);
            select.setTimestamp(2, Sql.timestamp(issuedAt));
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                String name = result.getString(1);
                boolean administrator = result.getBoolean(2);
                java.util.Map<UUID, Role> roles = new java.util.TreeMap<>();
                do {
                    UUID workspace = result.getObject(3, UUID.class);
                    if (workspace != null) {
                        roles.put(workspace, Role.ofLabel(result.getString(4)));
                    }
                }
                while (result.next());
                return Optional.of(new Member(id, name, administrator, roles));
            }
        }
    }

    private static User user(ResultSet result)
            throws java.sql.SQLException
    {
        String role = result.getString(6);
        return new User(result.getObject(1, UUID.class), result.getString(2), result.getBoolean(3), result.getBoolean(4),
                role == null ? Optional.empty() : Optional.of(Role.ofLabel(role)), result.getTimestamp(5).toInstant());
    }
}

package io.cloudmigrate.server.http.internal.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Refresh tokens: random, handed out once, stored only as their SHA-256. Each use rotates the token
 * (the old one is spent, a new one of the same family is issued); a spent token presented again was
 * copied, so its whole family is revoked and the thief and the owner both sign in again.
 */
public final class RefreshTokenStore
{
    private static final int TOKEN_BYTES = 32;

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokenStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** A refresh token as handed to a client, with the member it speaks for. */
    public record Issued(String token, Member member) {}

    /** Starts a new family for a user who just proved their password. */
    public String issue(UUID userId, Duration lifetime)
    {
        return Sql.inTransaction(database, connection -> insert(connection, userId, UUID.randomUUID(), lifetime));
    }

    /**
     * Spends a refresh token and issues the next of its family; empty when the token is unknown,
     * expired, revoked, spent (then its family is revoked), or its user is disabled or reset since.
     */
    public Optional<Issued> rotate(String token, Duration lifetime)
    {
        requireNonNull(token, "token is null");
        String hash = sha256(token);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            UUID userId;
            UUID family;
            Instant issuedAt;
            try (PreparedStatement select = connection.prepareStatement(
                    "select user_id, family, issued_at, expires_at, revoked_at, replaced_by from refresh_tokens where token_sha256 = ? for update")) {
                select.setString(1, hash);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return Optional.<Issued>empty();
                    }
                    userId = result.getObject("user_id", UUID.class);
                    family = result.getObject("family", UUID.class);
                    issuedAt = result.getTimestamp("issued_at").toInstant();
                    if (result.getTimestamp("revoked_at") != null) {
                        if (result.getString("replaced_by") != null) {
                            revokeFamily(connection, family, now);
                        }
                        return Optional.<Issued>empty();
                    }
                    if (!result.getTimestamp("expires_at").toInstant().isAfter(now)) {
                        return Optional.<Issued>empty();
                    }
                }
            }
            Optional<Member> member = UserStore.member(connection, userId, issuedAt);
            if (member.isEmpty()) {
                revokeFamily(connection, family, now);
                return Optional.<Issued>empty();
            }
            String next = insert(connection, userId, family, lifetime);
            try (PreparedStatement spend = connection.prepareStatement("update refresh_tokens set revoked_at = ?, replaced_by = ? where token_sha256 = ?")) {
                spend.setTimestamp(1, Sql.timestamp(now));
                spend.setString(2, sha256(next));
                spend.setString(3, hash);
                spend.executeUpdate();
            }
            return Optional.of(new Issued(next, member.get()));
        });
    }

    /** Revokes the family of a token, if the token is known; says nothing either way. */
    public void revoke(String token)
    {
        requireNonNull(token, "token is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select family from refresh_tokens where token_sha256 = ?")) {
                select.setString(1, sha256(token));
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        revokeFamily(connection, result.getObject(1, UUID.class), now);
                    }
                }
            }
            return null;
        });
    }

    private String insert(Connection connection, UUID userId, UUID family, Duration lifetime)
            throws SQLException
    {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into refresh_tokens (token_sha256, user_id, family, issued_at, expires_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256(token));
            insert.setObject(2, userId);
            insert.setObject(3, family);
            insert.setTimestamp(4, Sql.timestamp(now));
            insert.setTimestamp(5, Sql.timestamp(now.plus(lifetime)));
            insert.executeUpdate();
        }
        return token;
    }

    private static void revokeFamily(Connection connection, UUID family, Instant now)
            throws SQLException
    {
        try (PreparedStatement revoke = connection.prepareStatement("update refresh_tokens set revoked_at = ? where family = ? and revoked_at is null")) {
            revoke.setTimestamp(1, Sql.timestamp(now));
            revoke.setObject(2, family);
            revoke.executeUpdate();
        }
    }

    private static String sha256(String token)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import io.cloudmigrate.server.http.SafetyOptions.RateLimits;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of a test server: the embedded one under the test's data directory, or, when
 * {@value #URL_VARIABLE} names a PostgreSQL server (CI runs the tests a second time so), a new
 * database of its own on that server.
 */
final class TestDatabases
{
    /** A JDBC URL of a database the test user may create databases from, e.g. {@code jdbc:postgresql://127.0.0.1:5433/postgres}. */
    static final String URL_VARIABLE = "CLOUDMIGRATE_TEST_DATABASE_URL";
    static final String USER_VARIABLE = "CLOUDMIGRATE_TEST_DATABASE_USER";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private static final RateLimit UNLIMITED = new RateLimit(1_000_000, Duration.ofMinutes(1));

    private TestDatabases() {}

    static boolean external()
    {
        return System.getenv(URL_VARIABLE) != null;
    }

    /** Options for one test's server: the same database for every start with these options. */
    static ServerOptions options(Path dataDirectory)
    {
        // Tests sign in and poll far faster than people do; RateLimitApiTest sets limits of its own.
        ServerOptions embedded = ServerOptions.defaults(dataDirectory).withPort(0)
                .withSafety(SafetyOptions.DEFAULTS.withRateLimits(new RateLimits(UNLIMITED, UNLIMITED)));
        String url = System.getenv(URL_VARIABLE);
        if (url == null) {
            return embedded;
        }
        String user = Objects.requireNonNullElse(System.getenv(USER_VARIABLE), "postgres");
        Matcher parts = DATABASE_IN_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:postgresql://HOST:PORT/DATABASE, found " + url);
        }
        String database = "cloudmigrate_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
        }
        return embedded.withDatabase(new ServerOptions.ExternalDatabase(parts.group(1) + database + parts.group(3), user, ""));
    }
}

package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.internal.storage.UserStore;

import java.io.PrintStream;

/**
 * The shared fixture of the HTTP tests: a server whose database has a user who is an admin of the
 * default workspace, and a client signed in as them.
 */
final class TestServer
        implements AutoCloseable
{
    static final String USER = "tester";
    static final String PASSWORD = "a long enough test password";
    static final String WORKSPACE = UserStore.DEFAULT_WORKSPACE.toString();
    /** The first member of an estate request's JSON, naming the fixture's workspace. */
    static final String IN_WORKSPACE = "\"workspaceId\": \"" + WORKSPACE + "\", ";

    private final CloudMigrateServer server;
    private final ApiClient api;

    private TestServer(CloudMigrateServer server, ApiClient api)
    {
        this.server = server;
        this.api = api;
    }

    /** Adds the fixture's user to a new database, starts a server on it and signs in. */
    static TestServer start(ServerOptions options, PrintStream log)
    {
        addUser(options, USER, "admin", false);
        return restart(options, log);
    }

    /** Starts a server on a database that has the fixture's user already, and signs in. */
    static TestServer restart(ServerOptions options, PrintStream log)
    {
        CloudMigrateServer server = CloudMigrateServer.start(options, log);
        return new TestServer(server, new ApiClient(server.url()).signIn(USER, PASSWORD));
    }

    /** Adds a user to the database, as {@code cloudmigrate user add} does; with a role in the default workspace. */
    static void addUser(ServerOptions options, String name, String role, boolean administrator)
    {
        try (UserAdministration users = UserAdministration.open(options)) {
            users.add(name, PASSWORD.toCharArray(), role, administrator);
        }
    }

    CloudMigrateServer server()
    {
        return server;
    }

    /** The client signed in as the fixture's user. */
    ApiClient api()
    {
        return api;
    }

    @Override
    public void close()
    {
        server.close();
    }
}

package io.cloudmigrate.scoring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A database or cache an EC2 instance runs itself, recognised in its installed software (SSM
 * Inventory), with the managed service that could run it instead.
 */
public enum SelfManagedEngine
{
    SQL_SERVER("\\bsql server (2008|2012|2014|2016|2017|2019|2022)\\b", "Amazon RDS for SQL Server", "sqlserver-se", true),
    ORACLE("\\boracle database\\b", "Amazon RDS for Oracle", "oracle-se2", true),
    MYSQL("\\bmysql\\b.*\\b(server|community)\\b|\\bmysql-server\\b", "Amazon RDS for MySQL", "mysql", true),
    MARIADB("\\bmariadb\\b.*\\bserver\\b|\\bmariadb-server\\b", "Amazon RDS for MariaDB", "mariadb", true),
    POSTGRESQL("\\bpostgres", "Amazon RDS for PostgreSQL", "postgres", true),
    REDIS("\\bredis", "Amazon ElastiCache for Redis OSS", "redis", false),
    MEMCACHED("\\bmemcached\\b", "Amazon ElastiCache for Memcached", "memcached", false);

    // Client libraries and tools name the engine too, but do not make the host a server.
    private static final Pattern NOT_A_SERVER = Pattern.compile(
            "\\b(client|libs?|connector|odbc|jdbc|workbench|shell|management studio|management objects|native client|clr types|localdb|"
                    + "compact|setup|vss writer|browser|tools|contrib|devel|common)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Pattern pattern;
    private final String managedService;
    private final String managedEngine;
    private final boolean database;

    SelfManagedEngine(String pattern, String managedService, String managedEngine, boolean database)
    {
        this.pattern = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        this.managedService = managedService;
        this.managedEngine = managedEngine;
        this.database = database;
    }

    /** The managed service that runs this engine, e.g. {@code Amazon RDS for MySQL}. */
    public String managedService()
    {
        return managedService;
    }

    /** The engine name the managed service uses, e.g. {@code mysql} or {@code redis}. */
    public String managedEngine()
    {
        return managedEngine;
    }

    /** A database (RDS target) rather than a cache (ElastiCache target). */
    public boolean database()
    {
        return database;
    }

    /** A commercial engine whose licence a move to an open-source engine would remove. */
    public boolean commercial()
    {
        return this == SQL_SERVER || this == ORACLE;
    }

    /**
     * The engine found in a list of installed applications, databases before caches, each with the
     * application entry that revealed it.
     */
    public static Optional<Detected> detect(List<String> software)
    {
        requireNonNull(software, "software is null");
        for (SelfManagedEngine engine : values()) {
            for (String application : software) {
                if (engine.pattern.matcher(application).find() && !NOT_A_SERVER.matcher(application).find()) {
                    return Optional.of(new Detected(engine, application));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An engine found on an instance.
     *
     * @param software the installed-application entry that names it, e.g. {@code MySQL Server 8.0.36}
     */
    public record Detected(SelfManagedEngine engine, String software)
    {
        public Detected
        {
            requireNonNull(engine, "engine is null");
            requireNonNull(software, "software is null");
        }
    }
}

package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.internal.storage.AuditEntry;
import io.cloudmigrate.server.http.internal.storage.AuditStore;
import io.cloudmigrate.server.http.internal.storage.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit table itself refuses to change or lose an entry, even to SQL sent with the server's own
 * credentials: only appending works.
 */
class AuditLogAppendOnlyTest
{
    @TempDir
    static Path dataDirectory;

    private static Database database;
    private static AuditEntry entry;

    @BeforeAll
    static void openDatabase()
    {
        database = Database.open(TestDatabases.options(dataDirectory), false);
        entry = new AuditStore(database).append(new AuditStore.Change("alice", "192.0.2.7", "deleteEstate", "request-1",
                Map.of("estateId", "00000000-0000-0000-0000-000000000042"), null, null));
    }

    @AfterAll
    static void closeDatabase()
    {
        database.close();
    }

    @Test
    void refusesToUpdateAnEntry()
    {
        assertThatThrownBy(() -> execute("update audit_log set actor = 'mallory' where id = " + entry.id()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(readBack().actor()).isEqualTo("alice");
    }

    @Test
    void refusesToDeleteOrTruncate()
    {
        assertThatThrownBy(() -> execute("delete from audit_log where id = " + entry.id())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("truncate audit_log")).hasMessageContaining("append-only");
        assertThat(readBack().targets()).containsEntry("estateId", "00000000-0000-0000-0000-000000000042");
    }

    private static AuditEntry readBack()
    {
        AuditStore.Filter everything = new AuditStore.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("00000000-0000-0000-0000-000000000042"),
                Optional.empty(), Optional.empty());
        return new AuditStore(database).list(everything, 10, Optional.empty()).items().getFirst();
    }

    private static void execute(String sql)
            throws SQLException
    {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

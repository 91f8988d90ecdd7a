package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Uploaded archives: the file under the data directory, its row in the database. The row is written
 * only once the whole file is on disk, so an upload that exists is complete.
 */
public final class UploadStore
{
    private final Database database;
    private final Path directory;

    public UploadStore(Database database, Path directory)
    {
        this.database = requireNonNull(database, "database is null");
        this.directory = requireNonNull(directory, "directory is null");
    }

    /** Where the file of an upload lives (or is being written). */
    public Path file(UUID id)
    {
        return directory.resolve(id + ".upload");
    }

    public Path directory()
    {
        return directory;
    }

    /** Records an upload, which only its owner may import. */
    public Upload create(UUID id, UUID owner, long sizeBytes, String sha256, String mediaType)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into uploads (id, media_type, size_bytes, sha256, created_at, owner_id) values (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, mediaType);
                insert.setLong(3, sizeBytes);
                insert.setString(4, sha256);
                insert.setTimestamp(5, Sql.timestamp(Instant.now()));
                insert.setObject(6, owner);
                insert.executeUpdate();
            }
            return new Upload(id.toString(), sizeBytes, sha256, mediaType);
        });
    }

    /** An upload of this owner; another's is not found, as if it did not exist. */
    public Upload get(UUID id, UUID owner)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select media_type, size_bytes, sha256 from uploads where id = ? and owner_id = ?")) {
                select.setObject(1, id);
                select.setObject(2, owner);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no upload has the id " + id);
                    }
                    return new Upload(id.toString(), result.getLong("size_bytes"), result.getString("sha256"), result.getString("media_type"));
                }
            }
        });
    }

    /** Removes an upload once its estate is stored: the estate holds everything read from it. */
    public void delete(UUID id)
    {
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from uploads where id = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
            return null;
        });
        try {
            Files.deleteIfExists(file(id));
        }
        catch (IOException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "cannot delete the upload file " + file(id) + ": " + e.getMessage(), e);
        }
    }
}

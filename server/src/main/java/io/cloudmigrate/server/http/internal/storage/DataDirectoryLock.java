package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory for the life of one server, so that a second
 * {@code serve} on the same directory stops with a message instead of sharing the database files.
 */
public final class DataDirectoryLock
        implements AutoCloseable
{
    private static final String LOCK_FILE = "serve.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock)
    {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirectoryLock acquire(Path dataDirectory)
    {
        Path file = dataDirectory.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        catch (IOException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "cannot use the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            lock = null;
        }
        catch (IOException e) {
            closeQuietly(channel);
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new CloudMigrateException(ServerErrorCode.ALREADY_SERVING, "the data directory " + dataDirectory
                    + " is in use by another 'cloudmigrate serve' (it holds " + file + "); stop that server or give another --data-dir");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close()
    {
        try {
            lock.release();
        }
        catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel)
    {
        try {
            channel.close();
        }
        catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}

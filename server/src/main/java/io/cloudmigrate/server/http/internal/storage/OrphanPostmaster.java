package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL of a server that was killed outright keeps running, holding the data
 * directory. It is called only while this server holds the data directory's lock, so a postmaster
 * still running there has no living server: it is stopped (a smart shutdown, which loses nothing
 * committed) before the embedded database starts again.
 */
final class OrphanPostmaster
{
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private OrphanPostmaster() {}

    static void stopIfRunning(Path postgresDirectory)
    {
        Path pidFile = postgresDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = postmaster(pidFile);
        if (postmaster.isEmpty()) {
            return;
        }
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stuck(pidFile, e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw stuck(pidFile, e);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile)
    {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("[0-9]{1,10}")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    private static CloudMigrateException stuck(Path pidFile, Exception cause)
    {
        return new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "a PostgreSQL left running by an earlier server (" + pidFile
                + ") did not stop within " + STOP_TIMEOUT_SECONDS + " s; stop it, then start again", cause);
    }
}

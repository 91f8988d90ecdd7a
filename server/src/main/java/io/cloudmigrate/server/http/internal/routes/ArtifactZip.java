package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.ArtifactFile;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * All artifacts of an assessment as one zip, streamed as it is written (never whole in memory or on
 * disk). The same files give the same bytes: entries in path order, each with one fixed time.
 */
final class ArtifactZip
{
    // The earliest time a zip entry can hold; a real time would make every download differ.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final long WRITE_TIMEOUT_SECONDS = 60;

    private ArtifactZip() {}

    static void stream(RoutingContext context, ArtifactStore artifacts, UUID assessmentId, List<ArtifactFile> files)
    {
        context.vertx().executeBlocking(() -> {
            // Every file is found before the first byte goes out, so that a missing one is still a 404.
            List<Path> locations = new ArrayList<>();
            for (ArtifactFile file : files) {
                locations.add(artifacts.locate(assessmentId, file.path()));
            }
            return locations;
        }, false).onFailure(context::fail).onSuccess(locations -> {
            HttpServerResponse response = context.response()
                    .setChunked(true)
                    .putHeader("Content-Type", "application/zip")
                    .putHeader("Content-Disposition", "attachment; filename=\"assessment-" + assessmentId + "-artifacts.zip\"");
            context.vertx().executeBlocking(() -> {
                try (ZipOutputStream zip = new ZipOutputStream(new ResponseStream(response))) {
                    for (int index = 0; index < files.size(); index++) {
                        ZipEntry entry = new ZipEntry(files.get(index).path());
                        entry.setTimeLocal(ENTRY_TIME);
                        zip.putNextEntry(entry);
                        Files.copy(locations.get(index), zip);
                        zip.closeEntry();
                    }
                }
                return null;
            }, false).onSuccess(ignored -> response.end()).onFailure(failure -> {
                // Bytes have gone out: the only honest signal left is a broken stream.
                if (!response.closed()) {
                    response.reset();
                }
            });
        });
    }

    /** Writes to the response in chunks, waiting for each chunk to be taken, so a slow client slows the writer. */
    private static final class ResponseStream
            extends OutputStream
    {
        private final HttpServerResponse response;
        private final byte[] chunk = new byte[CHUNK_BYTES];
        private int used;

        ResponseStream(HttpServerResponse response)
        {
            this.response = response;
        }

        @Override
        public void write(int value)
                throws IOException
        {
            if (used == chunk.length) {
                send();
            }
            chunk[used++] = (byte) value;
        }

        @Override
        public void write(byte[] bytes, int offset, int length)
                throws IOException
        {
            int written = 0;
            while (written < length) {
                if (used == chunk.length) {
                    send();
                }
                int count = Math.min(length - written, chunk.length - used);
                System.arraycopy(bytes, offset + written, chunk, used, count);
                used += count;
                written += count;
            }
        }

        @Override
        public void close()
                throws IOException
        {
            send();
        }

        private void send()
                throws IOException
        {
            if (used == 0) {
                return;
            }
            Buffer buffer = Buffer.buffer(used).appendBytes(chunk, 0, used);
            used = 0;
            try {
                response.write(buffer).toCompletionStage().toCompletableFuture().get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while sending the zip", e);
            }
            catch (ExecutionException | TimeoutException e) {
                throw new IOException("the client stopped taking the zip", e);
            }
        }
    }
}

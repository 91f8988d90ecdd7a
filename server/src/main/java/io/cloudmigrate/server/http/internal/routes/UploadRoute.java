package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.jobs.ArchiveExtractor;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/uploads}: an archive streamed to a file under the data directory as it
 * arrives (never held in memory), with its size checked against the limit and its SHA-256 computed
 * on the way. The upload is recorded only once the whole file is written and every entry of the
 * archive reads (422 naming the first entry that does not).
 */
final class UploadRoute
{
    static final String PATH = "/api/v1/uploads";
    /** A flow-log file, plain or gzip-compressed (with or without {@code Content-Encoding: gzip}), for a flows job. */
    static final String FLOW_LOG = "text/plain";
    private static final Set<String> MEDIA_TYPES = Set.of("application/zip", "application/gzip", FLOW_LOG);

    private final UploadStore uploads;
    private final long maximumBytes;
    private final ArchiveLimits archiveLimits;

    UploadRoute(UploadStore uploads, long maximumBytes, ArchiveLimits archiveLimits)
    {
        this.uploads = requireNonNull(uploads, "uploads is null");
        this.maximumBytes = maximumBytes;
        this.archiveLimits = requireNonNull(archiveLimits, "archiveLimits is null");
    }

    void handle(RoutingContext context)
    {
        HttpServerRequest request = context.request();
        request.pause();
        String mediaType = mediaType(request.getHeader("Content-Type"));
        if (!MEDIA_TYPES.contains(mediaType)) {
            context.fail(new CloudMigrateException(ServerErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "an upload is a .zip (Content-Type: application/zip), a .tar.gz (Content-Type: application/gzip) "
                            + "or one flow-log file, plain or gzip (Content-Type: text/plain), not '" + mediaType + "'"));
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,19}") && Long.parseLong(length) > maximumBytes) {
            closeAfterAnswer(context);
            context.fail(tooLarge());
            return;
        }
        UUID id = UUID.randomUUID();
        UUID owner = Caller.of(context).member().orElseThrow().id();
        String file = uploads.file(id).toString();
        context.vertx().fileSystem().mkdirs(uploads.directory().toString())
                .compose(ignored -> context.vertx().fileSystem().open(file, new OpenOptions().setCreateNew(true).setWrite(true)))
                .onFailure(context::fail)
                .onSuccess(output -> receive(context, id, owner, mediaType, output));
    }

    private void receive(RoutingContext context, UUID id, UUID owner, String mediaType, AsyncFile output)
    {
        HttpServerRequest request = context.request();
        MessageDigest digest = sha256();
        long[] size = {0};
        boolean[] failed = {false};
        request.handler(chunk -> {
            if (failed[0]) {
                return;
            }
            size[0] += chunk.length();
            if (size[0] > maximumBytes) {
                failed[0] = true;
                discard(context, output, id);
                closeAfterAnswer(context);
                context.fail(tooLarge());
                return;
            }
            digest.update(chunk.getBytes());
            output.write(chunk);
            if (output.writeQueueFull()) {
                request.pause();
                output.drainHandler(ignored -> request.resume());
            }
        });
        request.exceptionHandler(error -> {
            if (!failed[0]) {
                failed[0] = true;
                discard(context, output, id);
                context.fail(error);
            }
        });
        request.endHandler(ignored -> {
            if (failed[0]) {
                return;
            }
            if (size[0] == 0) {
                discard(context, output, id);
                context.fail(new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the upload is empty; send the archive as the request body"));
                return;
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            output.close()
                    .compose(closed -> context.vertx().executeBlocking(() -> {
                        try {
                            // A flow-log file is read line by line by its job, which reports malformed lines; an archive is checked whole here.
                            if (!mediaType.equals(FLOW_LOG)) {
                                new ArchiveExtractor(archiveLimits).verify(uploads.file(id), mediaType);
                            }
                        }
                        catch (RuntimeException e) {
                            Files.deleteIfExists(uploads.file(id));
                            throw e;
                        }
                        return AuditTrail.recorded(context, () -> uploads.create(id, owner, size[0], sha256, mediaType));
                    }, false))
                    .onSuccess(upload -> {
                        context.response().putHeader("Location", PATH + "/" + upload.id());
                        new Exchange(context).json(201, upload);
                    })
                    .onFailure(context::fail);
        });
        request.resume();
    }

    /**
     * The rest of a refused body is not read, so an HTTP/1 connection cannot carry another request:
     * it is closed once the answer is sent (HTTP/2 resets only the stream).
     */
    private static void closeAfterAnswer(RoutingContext context)
    {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader("Connection", "close");
            context.addEndHandler(ignored -> context.request().connection().close());
        }
    }

    private void discard(RoutingContext context, AsyncFile output, UUID id)
    {
        output.close().onComplete(ignored -> context.vertx().fileSystem().delete(uploads.file(id).toString()));
    }

    private CloudMigrateException tooLarge()
    {
        return new CloudMigrateException(ServerErrorCode.TOO_LARGE, "the upload is larger than the limit of " + maximumBytes + " bytes (serve --max-upload-bytes)");
    }

    private static String mediaType(String header)
    {
        if (header == null) {
            return "";
        }
        int parameters = header.indexOf(';');
        return (parameters < 0 ? header : header.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

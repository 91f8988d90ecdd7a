package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded archive (.zip, or .tar.gz) into a directory, refusing entries that would land
 * outside it, links, and more entries or bytes than the limits. A problem names the entry it was
 * found at.
 */
public final class ArchiveExtractor
{
    static final String ZIP = "application/zip";
    private static final int MAXIMUM_ENTRIES = 100_000;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final long maximumBytes;
    private long written;
    private int entries;

    public ArchiveExtractor(long maximumBytes)
    {
        this.maximumBytes = maximumBytes;
    }

    /**
     * Reads every entry through without writing anything: an upload is checked this way before it
     * is accepted, so that a malformed archive is refused with 422 at once rather than by a job later.
     */
    public void verify(Path archive, String mediaType)
    {
        extract(archive, mediaType, Optional.empty());
    }

    void extract(Path archive, String mediaType, Path target)
    {
        extract(archive, mediaType, Optional.of(target));
    }

    private void extract(Path archive, String mediaType, Optional<Path> target)
    {
        String entry = null;
        try (InputStream input = new BufferedInputStream(Files.newInputStream(archive), BUFFER_BYTES)) {
            if (mediaType.equals(ZIP)) {
                try (ZipInputStream zip = new ZipInputStream(input)) {
                    for (ZipEntry zipEntry = zip.getNextEntry(); zipEntry != null; zipEntry = zip.getNextEntry()) {
                        entry = zipEntry.getName();
                        write(zip, entry, zipEntry.isDirectory(), target);
                    }
                }
            }
            else {
                try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(input, BUFFER_BYTES))) {
                    for (TarArchiveEntry tarEntry = tar.getNextEntry(); tarEntry != null; tarEntry = tar.getNextEntry()) {
                        entry = tarEntry.getName();
                        if (tarEntry.isSymbolicLink() || tarEntry.isLink()) {
                            throw malformed("the archive entry '" + entry + "' is a link; an estate archive holds plain files only");
                        }
                        if (tarEntry.isDirectory() || tarEntry.isFile()) {
                            write(tar, entry, tarEntry.isDirectory(), target);
                        }
                    }
                }
            }
        }
        catch (ZipException e) {
            throw malformed(entry == null ? "the upload is not a readable " + (mediaType.equals(ZIP) ? "zip" : "gzip-compressed tar") + " archive: " + e.getMessage()
                    : "the archive is malformed at the entry '" + entry + "': " + e.getMessage());
        }
        catch (IOException e) {
            throw malformed(entry == null ? "the upload is not a readable archive: " + e.getMessage()
                    : "the archive is malformed at the entry '" + entry + "': " + e.getMessage());
        }
        if (entries == 0) {
            throw malformed("the upload holds no files; expected a .zip or .tar.gz of AWS CLI JSON output");
        }
    }

    private void write(InputStream input, String name, boolean directory, Optional<Path> target)
            throws IOException
    {
        entries++;
        if (entries > MAXIMUM_ENTRIES) {
            throw malformed("the archive holds more than " + MAXIMUM_ENTRIES + " entries");
        }
        // Checked against a root of its own even when only verifying, so both ways refuse the same entries.
        Path root = target.orElse(Path.of("/archive"));
        Path destination = root.resolve(name).normalize();
        if (name.startsWith("/") || name.contains("\\") || !destination.startsWith(root) || destination.equals(root) && !directory) {
            throw malformed("the archive entry '" + name + "' points outside the archive");
        }
        if (directory) {
            if (target.isPresent()) {
                Files.createDirectories(destination);
            }
            return;
        }
        if (target.isPresent()) {
            Files.createDirectories(destination.getParent());
        }
        try (OutputStream output = target.isPresent() ? Files.newOutputStream(destination) : OutputStream.nullOutputStream()) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                written += read;
                if (written > maximumBytes) {
                    throw malformed("the archive unpacks to more than " + maximumBytes + " bytes (at the entry '" + name + "')");
                }
                output.write(buffer, 0, read);
            }
        }
    }

    private static CloudMigrateException malformed(String message)
    {
        return new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, message);
    }
}

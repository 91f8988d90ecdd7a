package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static java.util.Objects.requireNonNull;

/**
 * Unpacks an uploaded archive (.zip, or .tar.gz) into a directory, refusing entries that would land
 * outside it, links of any kind, and more entries, bytes or compression than the limits allow. A
 * problem names the entry it was found at; sizes are counted as bytes come out of the decompressor,
 * never taken from the archive's own headers, which a zip bomb can fake.
 */
public final class ArchiveExtractor
{
    static final String ZIP = "application/zip";
    private static final int BUFFER_BYTES = 64 * 1024;
    // Below this many unpacked bytes the ratio is not checked: a tiny JSON file compresses very well.
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final ArchiveLimits limits;
    private long archiveBytes;
    private long written;
    private int entries;

    public ArchiveExtractor(ArchiveLimits limits)
    {
        this.limits = requireNonNull(limits, "limits is null");
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
        try {
            archiveBytes = Files.size(archive);
            if (mediaType.equals(ZIP)) {
                // The central directory, read from the end of the file, is what says whether an entry is a link.
                try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
                    for (Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                        ZipArchiveEntry zipEntry = all.nextElement();
                        entry = zipEntry.getName();
                        if (zipEntry.isUnixSymlink()) {
                            throw link(entry);
                        }
                        try (InputStream input = zip.getInputStream(zipEntry)) {
                            write(input, entry, zipEntry.isDirectory(), zipEntry.getCompressedSize(), target);
                        }
                    }
                }
            }
            else {
                try (InputStream input = new BufferedInputStream(Files.newInputStream(archive), BUFFER_BYTES);
                        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(input, BUFFER_BYTES))) {
                    for (TarArchiveEntry tarEntry = tar.getNextEntry(); tarEntry != null; tarEntry = tar.getNextEntry()) {
                        entry = tarEntry.getName();
                        if (tarEntry.isSymbolicLink() || tarEntry.isLink()) {
                            throw link(entry);
                        }
                        if (tarEntry.isDirectory() || tarEntry.isFile()) {
                            // A tar entry has no compressed size of its own: the whole archive's ratio is checked.
                            write(tar, entry, tarEntry.isDirectory(), -1, target);
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            String kind = mediaType.equals(ZIP) ? "zip" : "gzip-compressed tar";
            throw malformed(entry == null ? "the upload is not a readable " + kind + " archive: " + e.getMessage()
                    : "the archive is malformed at the entry '" + entry + "': " + e.getMessage());
        }
        if (entries == 0) {
            throw malformed("the upload holds no files; expected a .zip or .tar.gz of AWS CLI JSON output");
        }
    }

    private void write(InputStream input, String name, boolean directory, long compressedBytes, Optional<Path> target)
            throws IOException
    {
        entries++;
        if (entries > limits.maximumEntries()) {
            throw malformed("the archive holds more than " + limits.maximumEntries() + " entries (at the entry '" + name + "'; serve --max-archive-entries)");
        }
        // Checked against a root of its own even when only verifying, so both ways refuse the same entries.
        Path root = target.orElse(Path.of("/archive"));
        Path destination = root.resolve(name).normalize();
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || !destination.startsWith(root) || destination.equals(root) && !directory) {
            throw malformed("the archive entry '" + name + "' points outside the archive (an absolute path or '..')");
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
        long entryWritten = 0;
        try (OutputStream output = target.isPresent() ? Files.newOutputStream(destination) : OutputStream.nullOutputStream()) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                written += read;
                entryWritten += read;
                check(name, entryWritten, compressedBytes);
                output.write(buffer, 0, read);
            }
        }
    }

    private void check(String name, long entryWritten, long compressedBytes)
    {
        if (written > limits.maximumUnpackedBytes()) {
            throw malformed("the archive unpacks to more than " + limits.maximumUnpackedBytes() + " bytes (at the entry '" + name
                    + "'; serve --max-unpacked-bytes)");
        }
        long ratio = limits.maximumCompressionRatio();
        if (compressedBytes >= 0 && entryWritten > RATIO_GRACE_BYTES && entryWritten > ratio * Math.max(compressedBytes, 1)) {
            throw malformed("the archive entry '" + name + "' unpacks to more than " + ratio + " times its compressed size; it looks like a zip bomb"
                    + " (serve --max-compression-ratio)");
        }
        if (written > RATIO_GRACE_BYTES && written > ratio * Math.max(archiveBytes, 1)) {
            throw malformed("the archive unpacks to more than " + ratio + " times its size (at the entry '" + name + "'); it looks like a zip bomb"
                    + " (serve --max-compression-ratio)");
        }
    }

    private static CloudMigrateException link(String name)
    {
        return malformed("the archive entry '" + name + "' is a link; an estate archive holds plain files only");
    }

    private static CloudMigrateException malformed(String message)
    {
        return new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, message);
    }
}

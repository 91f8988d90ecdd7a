package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.Archives;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unpacking, as an import job does it, never writes outside its folder, whatever the archive says.
 */
class ArchiveExtractorTest
{
    private static final ArchiveLimits LIMITS = new ArchiveLimits(8L * 1024 * 1024, 50, 100);

    @TempDir
    Path directory;

    @Test
    void unpacksPlainFilesInsideTheFolder()
            throws IOException
    {
        Path target = directory.resolve("inside");
        new ArchiveExtractor(LIMITS).extract(archive(Archives.zip("estate/a.json", "estate/b/c.json")), ArchiveExtractor.ZIP, target);
        assertThat(Files.readString(target.resolve("estate/b/c.json"))).isEqualTo("{}");
    }

    @Test
    void writesNothingOutsideTheFolderForAnEntryThatClimbsOut()
            throws IOException
    {
        Path target = directory.resolve("one/two/inside");
        assertThatThrownBy(() -> new ArchiveExtractor(LIMITS).extract(archive(Archives.zip("../../escape.json")), ArchiveExtractor.ZIP, target))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageContaining("'../../escape.json'");
        assertThat(filesUnder(directory)).noneMatch(file -> file.endsWith("escape.json"));
    }

    @Test
    void writesNoLinkForASymbolicLinkInATarGz()
            throws IOException
    {
        Path target = directory.resolve("inside");
        assertThatThrownBy(() -> new ArchiveExtractor(LIMITS).extract(archive(Archives.tarGzWithLink("estate/passwd", "/etc/passwd", true)), "application/gzip",
                target))
                .hasMessageContaining("'estate/passwd' is a link");
        assertThat(filesUnder(directory)).noneMatch(Files::isSymbolicLink).noneMatch(file -> file.endsWith("passwd"));
    }

    @Test
    void stopsAZipBombBeforeItFillsTheDisk()
            throws IOException
    {
        Path target = directory.resolve("inside");
        assertThatThrownBy(() -> new ArchiveExtractor(LIMITS).extract(archive(Archives.zipBomb("bomb.json", 20L * 1024 * 1024)), ArchiveExtractor.ZIP, target))
                .hasMessageContaining("'bomb.json'")
                .hasMessageContaining("zip bomb");
        // Stopped at about the ratio times the compressed size, far below the 20 MiB it would unpack to.
        assertThat(Files.size(target.resolve("bomb.json"))).isLessThan(4L * 1024 * 1024);
    }

    private Path archive(byte[] bytes)
            throws IOException
    {
        Path archive = directory.resolve("upload-" + System.nanoTime());
        Files.write(archive, bytes);
        return archive;
    }

    private static java.util.List<Path> filesUnder(Path root)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(root)) {
            return files.toList();
        }
    }
}

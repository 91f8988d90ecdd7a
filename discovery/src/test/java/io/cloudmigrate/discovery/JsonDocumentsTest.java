package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonDocumentsTest
{
    record Edge(String source, int port, Map<String, Long> totals) {}

    record Document(int schemaVersion, List<Edge> edges) {}

    /** Not serialisable: Jackson finds no properties on it. */
    static final class Opaque {}

    @Test
    void writesTheStableTextOfTheValueIntoTheFile(@TempDir Path directory)
            throws IOException
    {
        Document document = new Document(1, List.of(
                new Edge("10.0.0.1", 443, Map.of("bytes", 12L, "accepted", 3L)),
                new Edge("db \"primary\" ${x}", 5432, Map.of())));
        Path file = directory.resolve("out").resolve("document.json");

        JsonDocuments.write(file, document);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JsonDocuments.toJson(document)).endsWith("}\n");
        assertThat(JsonDocuments.toJson(document)).contains("\"totals\" : {\n        \"accepted\" : 3,\n        \"bytes\" : 12\n");
        assertThat(JsonDocuments.read(file, Document.class)).isEqualTo(document);
        assertThat(filesIn(file.getParent())).containsExactly(file);
    }

    @Test
    void leavesTheOldFileAndNoTemporaryOneWhenTheValueCannotBeWritten(@TempDir Path directory)
            throws IOException
    {
        Path file = directory.resolve("document.json");
        Files.writeString(file, "{ \"old\" : true }\n");

        assertThatThrownBy(() -> JsonDocuments.write(file, new Opaque()))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(DiscoveryErrorCode.INTERNAL_ERROR))
                .hasMessageContaining("cannot serialise Opaque");
        assertThat(Files.readString(file)).isEqualTo("{ \"old\" : true }\n");
        assertThat(filesIn(directory)).containsExactly(file);
    }

    private static List<Path> filesIn(Path directory)
            throws IOException
    {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}

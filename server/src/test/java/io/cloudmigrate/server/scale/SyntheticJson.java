package io.cloudmigrate.server.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the JSON files of the synthetic estate, as {@code aws … --output json} prints them.
 */
final class SyntheticJson
{
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final Path directory;

    SyntheticJson(Path directory)
    {
        this.directory = directory;
    }

    static ObjectNode object()
    {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array()
    {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Writes {@code node} to {@code relativePath} under the estate directory. */
    void write(String relativePath, ObjectNode node)
    {
        write(relativePath, node, MAPPER);
    }

    /** Writes {@code node} on one line: the metric files are most of the estate's bytes, and the indentation would triple them. */
    void writeCompact(String relativePath, ObjectNode node)
    {
        write(relativePath, node, COMPACT);
    }

    private void write(String relativePath, ObjectNode node, ObjectMapper mapper)
    {
        Path file = directory.resolve(relativePath);
        SyntheticEstate.createDirectories(file.getParent());
        try {
            mapper.writeValue(file.toFile(), node);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of a per-resource call: the identifier URL-encoded, as the layout asks. */
    static String encoded(String identifier)
    {
        return URLEncoder.encode(identifier, StandardCharsets.UTF_8);
    }
}

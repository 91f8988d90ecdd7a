package io.cloudmigrate.server.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The {@code schemaVersion} of a document, read by streaming its top-level fields without building
 * the document: enough to refuse an old assessment before reading gigabytes of it.
 */
final class AssessmentVersion
{
    private AssessmentVersion() {}

    /**
     * The top-level {@code schemaVersion}, or empty when the file cannot be read this way or has none
     * (the full read then reports what is wrong, naming the file and the line).
     */
    static OptionalInt of(Path path)
    {
        try (InputStream input = Files.newInputStream(path);
                JsonParser parser = JsonDocuments.mapper().getFactory().createParser(input)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return OptionalInt.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("schemaVersion")) {
                    return value == JsonToken.VALUE_NUMBER_INT ? OptionalInt.of(parser.getIntValue()) : OptionalInt.empty();
                }
                parser.skipChildren();
            }
            return OptionalInt.empty();
        }
        catch (IOException e) {
            return OptionalInt.empty();
        }
    }
}

package io.cloudmigrate.discovery.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Reads CloudMigrate documents strictly: an unknown field, a field given twice, a null where a value
 * is required, a text where a number is due, an account id or Region code that is not one and
 * anything after the end of the document are errors that name the file, the line and the JSON path. Documents are read as a stream, never as a whole tree, since an
 * {@code assessment.json} of a large estate runs to hundreds of megabytes.
 *
 * <p>The top-level {@code kind} field belongs to the document rather than to its record: it is checked
 * by {@link #header(Path)} and skipped when the record is bound.
 */
public final class StrictDocumentReader
{
    private final ObjectReader reader;

    public StrictDocumentReader(ObjectMapper lenient)
    {
        ObjectMapper mapper = requireNonNull(lenient, "lenient is null").copy()
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
                .registerModule(new SimpleModule("placement-checks").setDeserializerModifier(new PlacementChecks()));
        this.reader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withHandler(new TopLevelKind());
    }

    /**
     * The fields that say what a document is, read without reading the rest of it.
     *
     * @param fields the top-level field names seen, in order; all of them when the document has no {@code kind}
     */
    public record Header(Optional<String> kind, Optional<Integer> schemaVersion, List<String> fields)
    {
        public Header
        {
            requireNonNull(kind, "kind is null");
            requireNonNull(schemaVersion, "schemaVersion is null");
            fields = List.copyOf(fields);
        }
    }

    /**
     * Reads the top-level {@code kind} and {@code schemaVersion}, stopping as soon as both are seen (the
     * writer puts them first). Fails unless the document is a JSON object.
     */
    public Header header(Path path)
    {
        try (JsonParser parser = open(path)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT, path + ": the file is empty; expected a JSON document");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT,
                        path + where(parser.currentTokenLocation()) + ": $: expected a JSON object, found " + describe(first));
            }
            Optional<String> kind = Optional.empty();
            Optional<Integer> version = Optional.empty();
            List<String> fields = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME && (kind.isEmpty() || version.isEmpty())) {
                String field = parser.currentName();
                fields.add(field);
                JsonToken value = parser.nextToken();
                if (field.equals("kind")) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw invalid(path, parser.currentTokenLocation(), "$.kind", "expected the document kind as a text, found " + describe(value));
                    }
                    kind = Optional.of(parser.getText());
                }
                else if (field.equals("schemaVersion") && value == JsonToken.VALUE_NUMBER_INT) {
                    version = Optional.of(parser.getIntValue());
                }
                parser.skipChildren();
            }
            return new Header(kind, version, fields);
        }
        catch (JsonProcessingException e) {
            throw translate(path, e);
        }
        catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** Binds the whole document to {@code type}, refusing anything after its end. */
    public <T> T read(Path path, Class<T> type)
    {
        try (JsonParser parser = open(path)) {
            T value = reader.forType(type).readValue(parser);
            if (value == null) {
                throw invalid(path, parser.currentLocation(), "$", "expected a JSON object, found null");
            }
            checkNothingFollows(path, parser);
            return value;
        }
        catch (JsonProcessingException e) {
            throw translate(path, e);
        }
        catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private JsonParser open(Path path)
            throws IOException
    {
        // Through the reader, so that the parser gets its features (duplicate keys are errors).
        return reader.createParser(Files.newInputStream(path));
    }

    private static void checkNothingFollows(Path path, JsonParser parser)
            throws IOException
    {
        JsonLocation end = parser.currentLocation();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            end = parser.currentTokenLocation();
        }
        catch (JsonProcessingException e) {
            end = e.getLocation() == null ? end : e.getLocation();
        }
        throw invalid(path, end, "$", "content after the end of the document; a document is one JSON object");
    }

    private CloudMigrateException translate(Path path, JsonProcessingException e)
    {
        if (!(e instanceof JsonMappingException mapping)) {
            return new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT,
                    path + where(e.getLocation()) + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonPointer pointer = JsonPaths.pointer(mapping.getPath());
        String reason;
        Optional<JsonLocation> location;
        if (mapping instanceof PlacementChecks.InvalidValueException invalid) {
            reason = firstLine(invalid.getOriginalMessage());
            location = locate(path, pointer.appendProperty(invalid.field())).or(() -> locate(path, pointer));
        }
        else if (mapping instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown field \"" + unknown.getPropertyName() + "\"";
            location = locate(path, pointer);
        }
        else if (mapping instanceof ValueInstantiationException && mapping.getCause() instanceof RuntimeException cause && cause.getMessage() != null) {
            // The records check their values in their constructors ("name is null"); Jackson's path ends at the record.
            String message = cause.getMessage();
            if (message.endsWith(" is null")) {
                String field = message.substring(0, message.length() - " is null".length());
                reason = field + " is missing or null, and it is required";
                location = locate(path, pointer.appendProperty(field)).or(() -> locate(path, pointer));
            }
            else {
                reason = message;
                location = locate(path, pointer);
            }
        }
        else {
            reason = firstLine(mapping.getOriginalMessage());
            location = locate(path, pointer);
        }
        // Jackson reports where it stopped, which for a record is its closing brace: the value at fault is more use.
        return new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT,
                path + where(location.orElse(e.getLocation())) + ": " + JsonPaths.of(pointer) + ": " + reason, e);
    }

    /** Where the value at {@code target} starts, found by reading the document again; only errors pay for it. */
    private Optional<JsonLocation> locate(Path path, JsonPointer target)
    {
        try (JsonParser parser = open(path)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().equals(target)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        }
        catch (IOException e) {
            // the error being reported is the one that matters; it keeps Jackson's location
        }
        return Optional.empty();
    }

    private static CloudMigrateException invalid(Path path, JsonLocation location, String jsonPath, String reason)
    {
        return new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT, path + where(location) + ": " + jsonPath + ": " + reason);
    }

    private static CloudMigrateException unreadable(Path path, IOException e)
    {
        if (e instanceof NoSuchFileException) {
            return new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, path + ": no such file", e);
        }
        return new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, path + ": cannot read (" + e.getMessage() + ")", e);
    }

    private static String where(JsonLocation location)
    {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String describe(JsonToken token)
    {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case END_OBJECT, END_ARRAY, FIELD_NAME, VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static String firstLine(String message)
    {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Lets the top-level {@code kind} through, which {@link #header(Path)} has checked; everywhere else an unknown field is an error. */
    private static final class TopLevelKind
            extends DeserializationProblemHandler
    {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer, Object beanOrClass,
                String propertyName)
                throws IOException
        {
            if (propertyName.equals("kind") && parser.getParsingContext().getParent() != null && parser.getParsingContext().getParent().inRoot()) {
                parser.skipChildren();
                return true;
            }
            return false;
        }
    }
}

package io.cloudmigrate.discovery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudmigrate.discovery.internal.StrictDocumentReader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Reads and writes CloudMigrate's versioned JSON documents ({@code inventory.json},
 * {@code traffic.json}, {@code assessment.json}) and AWS CLI JSON.
 *
 * <p>A value whose type carries {@link DocumentKind} is written with a {@code kind} field ahead of its
 * own, and read back only as that kind. Documents are read strictly ({@link #read(Path, Class)}); the
 * {@link #mapper() shared mapper} and {@link #readTree(Path)} stay lenient for AWS CLI output, whose
 * fields change with every CLI version.
 *
 * <p>Output is stable: map keys sorted, two-space indentation, {@code \n} line ends and a final
 * newline, so the same value always gives the same bytes. Files are written to a temporary sibling
 * and moved into place, so a failed write never leaves half a document behind.
 */
public final class JsonDocuments
{
    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    // What a streamed document needs: building the mapper (below) takes a fresh process tens of milliseconds,
    // which cloudmigrate flows, writing traffic.json field by field, never needs to pay.
    private static final JsonFactory STREAM_FACTORY = JsonFactory.builder().build();

    /** The mapper and what is made from it, built on first use. */
    private static final class Mapped
    {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        static final StrictDocumentReader STRICT = new StrictDocumentReader(MAPPER);

        static final ObjectWriter WRITER = MAPPER.writer(PRETTY_PRINTER);

        // The same output, into a stream that stays open for the final newline.
        static final ObjectWriter STREAM_WRITER = WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private JsonDocuments() {}

    /** The shared mapper; callers must not reconfigure it. */
    public static ObjectMapper mapper()
    {
        return Mapped.MAPPER;
    }

    /** Reads a JSON file into a tree, with errors that name the file and the line. */
    public static JsonNode readTree(Path path)
    {
        requireNonNull(path, "path is null");
        try (InputStream input = Files.newInputStream(path)) {
            JsonNode node = Mapped.MAPPER.readTree(input);
            if (node == null || node.isMissingNode()) {
                throw new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT, path + ": the file is empty; expected a JSON document");
            }
            return node;
        }
        catch (JsonProcessingException e) {
            throw malformed(path, e);
        }
        catch (NoSuchFileException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, path + ": no such file", e);
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, path + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a JSON file into a value of the given type, strictly: unknown fields, nulls for required
     * values and content after the document are errors naming the file, line and JSON path. When the
     * type carries {@link DocumentKind}, a document of another kind is refused.
     */
    public static <T> T read(Path path, Class<T> type)
    {
        requireNonNull(path, "path is null");
        requireNonNull(type, "type is null");
        DocumentKind kind = type.getAnnotation(DocumentKind.class);
        if (kind != null) {
            checkKind(path, Mapped.STRICT.header(path), type, kind.value());
        }
        return Mapped.STRICT.read(path, type);
    }

    /** Reads an {@link Inventory}, refusing documents of a newer schema than this build knows. */
    public static Inventory readInventory(Path path)
    {
        return readDocument(path, Inventory.class, Inventory.SCHEMA_VERSION, "inventory");
    }

    /**
     * Reads a versioned CloudMigrate document as {@link #read(Path, Class)} does, refusing one of
     * another kind and one whose {@code schemaVersion} is missing or newer than {@code supportedVersion}.
     *
     * @param documentKind the kind expected; the {@link DocumentKind} of {@code type} when it has one
     */
    public static <T> T readDocument(Path path, Class<T> type, int supportedVersion, String documentKind)
    {
        requireNonNull(path, "path is null");
        requireNonNull(type, "type is null");
        requireNonNull(documentKind, "documentKind is null");
        DocumentKind declared = type.getAnnotation(DocumentKind.class);
        if (declared != null && !declared.value().equals(documentKind)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is a " + declared.value() + " document, not " + documentKind);
        }
        StrictDocumentReader.Header header = Mapped.STRICT.header(path);
        checkKind(path, header, type, documentKind);
        checkSchemaVersion(path, header.schemaVersion(), supportedVersion, documentKind);
        return Mapped.STRICT.read(path, type);
    }

    /**
     * A document written before kinds were recorded has none: it is taken for what the caller expects,
     * unless its top-level fields are not those of that kind, which is most likely a document given to the
     * wrong option.
     */
    private static void checkFieldsOfKind(Path path, StrictDocumentReader.Header header, Class<?> type, String expected)
    {
        if (!type.isRecord()) {
            return;
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        List<String> foreign = header.fields().stream().filter(field -> !known.contains(field)).toList();
        if (!foreign.isEmpty()) {
            throw new CloudMigrateException(DiscoveryErrorCode.WRONG_DOCUMENT_KIND, path + " has no kind field, and its top-level fields "
                    + String.join(", ", foreign) + " are not those of " + article(expected) + " " + expected
                    + " document: is it a document of another kind, given to the wrong option?");
        }
    }

    private static void checkKind(Path path, StrictDocumentReader.Header header, Class<?> type, String expected)
    {
        if (header.kind().isEmpty()) {
            checkFieldsOfKind(path, header, type, expected);
            return;
        }
        if (header.kind().get().equals(expected)) {
            return;
        }
        String actual = header.kind().get();
        throw new CloudMigrateException(DiscoveryErrorCode.WRONG_DOCUMENT_KIND,
                path + " is " + article(actual) + " " + actual + " document, where " + article(expected) + " " + expected
                        + " document is expected; pass it to --" + actual);
    }

    private static String article(String word)
    {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /**
     * Fails unless the document's {@code schemaVersion} is present and at most {@code supported}.
     */
    public static void checkSchemaVersion(Path path, JsonNode tree, int supported, String documentKind)
    {
        JsonNode version = tree.get("schemaVersion");
        checkSchemaVersion(path, version == null || !version.canConvertToInt() ? Optional.empty() : Optional.of(version.intValue()), supported, documentKind);
    }

    private static void checkSchemaVersion(Path path, Optional<Integer> version, int supported, String documentKind)
    {
        if (version.isEmpty()) {
            throw new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT,
                    path + ": not a CloudMigrate " + documentKind + " document (no schemaVersion field)");
        }
        if (version.get() > supported) {
            throw new CloudMigrateException(DiscoveryErrorCode.UNSUPPORTED_SCHEMA_VERSION,
                    path + ": " + documentKind + " schema version " + version.get() + " is newer than this CloudMigrate supports ("
                            + supported + "); upgrade CloudMigrate");
        }
    }

    /** The stable text form of a value, ending in a newline. */
    public static String toJson(Object value)
    {
        try {
            return Mapped.WRITER.writeValueAsString(withKind(value)) + "\n";
        }
        catch (JsonProcessingException e) {
            throw notSerialisable(value, e);
        }
    }

    /** A document whose type names its {@link DocumentKind} goes out with {@code kind} as its first field. */
    private static Object withKind(Object value)
    {
        DocumentKind kind = requireNonNull(value, "value is null").getClass().getAnnotation(DocumentKind.class);
        return kind == null ? value : new KindedDocument(kind.value(), value);
    }

    /** The document's own fields follow {@code kind}, at the same level. */
    private record KindedDocument(String kind, @JsonUnwrapped Object document) {}

    private static CloudMigrateException notSerialisable(Object value, JsonProcessingException e)
    {
        return new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** Writes a value as stable JSON, atomically. Parent directories are created. */
    public static void write(Path path, Object value)
    {
        // Streamed to the file rather than built as one string first: a traffic.json of 20,000 edges is 7 MB.
        writeAtomically(path, output -> {
            try {
                Mapped.STREAM_WRITER.writeValue(output, withKind(value));
            }
            catch (JsonProcessingException e) {
                throw notSerialisable(value, e);
            }
            output.write('\n');
        });
    }

    /**
     * Writes a document of the given type field by field, atomically, in the layout of {@link #write}: for
     * a document too large to build as values or a tree first. {@code kind} goes first when the type has
     * one; {@code fields} writes the document's own fields, in the order of its record components, to a
     * generator inside the document's object.
     */
    public static void writeStreamed(Path path, Class<?> type, StreamedFields fields)
    {
        requireNonNull(type, "type is null");
        requireNonNull(fields, "fields is null");
        DocumentKind kind = type.getAnnotation(DocumentKind.class);
        writeAtomically(path, output -> {
            try (JsonGenerator generator = STREAM_FACTORY.createGenerator(output)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.setPrettyPrinter(PRETTY_PRINTER.createInstance());
                generator.writeStartObject();
                if (kind != null) {
                    generator.writeStringField("kind", kind.value());
                }
                fields.write(generator);
                generator.writeEndObject();
            }
            output.write('\n');
        });
    }

    /** Writes the fields of a document being streamed. */
    @FunctionalInterface
    public interface StreamedFields
    {
        void write(JsonGenerator generator)
                throws IOException;
    }

    /** Writes text atomically: to a temporary sibling first, then moved over the target. */
    public static void writeString(Path path, String text)
    {
        writeAtomically(path, output -> output.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Receives the stream of a file being written. */
    private interface Content
    {
        void writeTo(OutputStream output)
                throws IOException;
    }

    /** Writes a temporary sibling of {@code path} and moves it into place, so that a failure leaves no half a file. */
    private static void writeAtomically(Path path, Content content)
    {
        Path absolute = path.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try {
                try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                    content.writeTo(output);
                }
                try {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finally {
                Files.deleteIfExists(temporary);
            }
        }
        catch (IOException | UncheckedIOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.OUTPUT_FAILED, path + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static CloudMigrateException malformed(Path path, JsonProcessingException e)
    {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
        return new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT,
                path + where + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
    }
}

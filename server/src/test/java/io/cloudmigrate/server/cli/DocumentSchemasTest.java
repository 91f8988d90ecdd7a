package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents the CLI writes match the JSON Schemas published in {@code docs/schemas}, and the
 * CLI refuses a document given in place of another.
 */
class DocumentSchemasTest
{
    private static final Path SCHEMAS = Path.of("..", "docs", "schemas").toAbsolutePath().normalize();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @TempDir
    static Path demo;

    @BeforeAll
    static void runDemo()
    {
        CommandRun run = CommandRun.of("demo", "--out", demo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String resource = JsonDocuments.readTree(demo.resolve("assessment.json")).path("recommendations").path(0).path("resourceId").asText();
        CommandRun override = CommandRun.of("override", "--assessment", demo.resolve("assessment.json").toString(), "--resource", resource,
                "--strategy", "rehost", "--reason", "the application needs a PostgreSQL extension RDS lacks", "--by", "alice",
                "--decisions", demo.resolve("decisions.json").toString());
        assertThat(override.exitCode()).as(override.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory", "traffic", "assessment", "decisions"})
    void writesDocumentsThatMatchTheirPublishedSchema(String kind)
    {
        JsonNode document = JsonDocuments.readTree(demo.resolve(kind + ".json"));

        assertThat(document.path("kind").asText()).isEqualTo(kind);
        assertThat(schema(kind).validate(document)).isEmpty();
    }

    @Test
    void schemasRefuseWhatTheReaderRefuses()
    {
        ObjectNode unknownField = (ObjectNode) JsonDocuments.readTree(demo.resolve("inventory.json"));
        ((ObjectNode) unknownField.path("resources").path(0).path("details")).put("colour", "red");
        ObjectNode nullRegion = (ObjectNode) JsonDocuments.readTree(demo.resolve("assessment.json"));
        ((ObjectNode) nullRegion.path("inventory").path("resources").path(0)).putNull("region");
        ObjectNode otherKind = (ObjectNode) JsonDocuments.readTree(demo.resolve("traffic.json"));

        assertThat(schema("inventory").validate(unknownField)).extracting(ValidationMessage::getInstanceLocation)
                .anySatisfy(location -> assertThat(location.toString()).startsWith("$.resources[0].details"));
        assertThat(schema("assessment").validate(nullRegion)).extracting(ValidationMessage::getInstanceLocation)
                .anySatisfy(location -> assertThat(location.toString()).isEqualTo("$.inventory.resources[0].region"));
        assertThat(schema("inventory").validate(otherKind)).isNotEmpty();
    }

    @Test
    void refusesAnAssessmentGivenAsAnInventory()
    {
        Path assessment = demo.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", assessment.toString(), "--out", demo.resolve("again.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(assessment + " is an assessment document, where an inventory document is expected; pass it to --assessment");
    }

    @Test
    void refusesContentAfterTheDocumentNamingItsLine(@TempDir Path directory)
            throws IOException
    {
        String text = Files.readString(demo.resolve("assessment.json"));
        Path assessment = directory.resolve("assessment.json");
        Files.writeString(assessment, text + "} garbage [\n");
        long lines = text.chars().filter(character -> character == '\n').count();

        CommandRun run = CommandRun.of("generate", "--assessment", assessment.toString(), "--out", directory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(assessment + ":" + (lines + 1) + ":1: $: content after the end of the document");
    }

    private static JsonSchema schema(String kind)
    {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMAS.resolve(kind + ".schema.json").toUri().toString()));
    }
}

package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event types, formats and delivery states the server knows are the ones the contract and the
 * published payload schema name: a type added to one and not the others fails here.
 */
class WebhookVocabularyTest
{
    @Test
    void contractAndPayloadSchemaNameEveryEventType()
    {
        List<String> known = Arrays.stream(EventType.values()).map(EventType::label).toList();
        JsonNode payloadSchema = JsonDocuments.readTree(Path.of("..", "docs", "schemas", "webhook-payload.schema.json").toAbsolutePath().normalize());

        assertThat(contractEnum("WebhookEventType")).containsExactlyElementsOf(known);
        assertThat(StreamSupport.stream(payloadSchema.path("properties").path("type").path("enum").spliterator(), false).map(JsonNode::asText).toList())
                .containsExactlyElementsOf(known);
    }

    @Test
    void contractNamesEveryFormatAndDeliveryState()
    {
        assertThat(contractEnum("WebhookDeliveryState")).containsExactlyElementsOf(Arrays.stream(State.values()).map(State::label).toList());
        Map<?, ?> format = (Map<?, ?>) ((Map<?, ?>) contractSchema("WebhookRequest").get("properties")).get("format");
        assertThat(format.get("enum")).isEqualTo(Arrays.stream(Format.values()).map(Format::label).toList());
    }

    private static List<String> contractEnum(String schema)
    {
        return ((List<?>) contractSchema(schema).get("enum")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contractSchema(String name)
    {
        try (InputStream input = WebhookVocabularyTest.class.getResourceAsStream("/io/cloudmigrate/server/http/openapi.yaml")) {
            Map<String, Object> contract = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, Object> components = (Map<String, Object>) contract.get("components");
            return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

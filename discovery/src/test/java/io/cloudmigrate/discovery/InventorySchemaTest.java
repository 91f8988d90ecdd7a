package io.cloudmigrate.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory the importer writes matches {@code docs/schemas/inventory.schema.json}: on the
 * cloudmapper demo account, whose files AWS wrote, not a sample made to fit.
 */
class InventorySchemaTest
{
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
            SchemaLocation.of(Path.of("..", "docs", "schemas", "inventory.schema.json").toAbsolutePath().normalize().toUri().toString()));

    @Test
    void importedInventoryMatchesThePublishedSchema()
            throws Exception
    {
        Inventory inventory = AwsCliImporter.importDirectory(EstateFixture.demo());

        JsonNode document = JsonDocuments.mapper().readTree(JsonDocuments.toJson(inventory));

        assertThat(SCHEMA.validate(document)).isEmpty();
    }

    @Test
    void inventoryWithAnUnattachedVolumeMatchesThePublishedSchema(@TempDir Path directory)
            throws Exception
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-2", "111111111111")
                .file("us-east-2/ec2-describe-volumes.json", """
                        {"Volumes": [{"VolumeId": "vol-1", "VolumeType": "gp3", "Size": 100, "Iops": 3000, "Throughput": 125, "Encrypted": true,
                          "State": "available", "AvailabilityZone": "us-east-2a", "Attachments": []}]}
                        """)
                .importEstate();

        JsonNode document = JsonDocuments.mapper().readTree(JsonDocuments.toJson(inventory));

        assertThat(inventory.resources()).extracting(Resource::type).containsExactly(ResourceType.EBS_VOLUME);
        assertThat(SCHEMA.validate(document)).isEmpty();
    }

    @Test
    void schemaRefusesAnAccountIdThatIsNotOne()
            throws Exception
    {
        ObjectNode document = (ObjectNode) JsonDocuments.mapper().readTree(JsonDocuments.toJson(AwsCliImporter.importDirectory(EstateFixture.demo())));
        ((ObjectNode) document.path("resources").path(0)).put("accountId", "12345");
        document.remove("kind");

        assertThat(SCHEMA.validate(document)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("$.resources[0].accountId", "$");
    }
}

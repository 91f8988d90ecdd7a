package io.cloudmigrate.discovery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents carry their kind, and are read back strictly: what does not belong in them is an error
 * that names the file, the line and the JSON path.
 */
class StrictDocumentReadingTest
{
    @DocumentKind("assessment")
    record AssessmentLike(int schemaVersion, String asOf) {}

    @DocumentKind("traffic")
    record TrafficLike(int schemaVersion, long records, List<String> malformedSamples) {}

    private static Inventory inventory;
    private static String text;

    @TempDir
    Path directory;

    @BeforeAll
    static void importDemo()
    {
        inventory = AwsCliImporter.importDirectory(EstateFixture.demo());
        text = JsonDocuments.toJson(inventory);
    }

    @Test
    void writesTheKindAheadOfTheSchemaVersion()
            throws IOException
    {
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, inventory);

        assertThat(Files.readString(file)).isEqualTo(text).startsWith("{\n  \"kind\" : \"inventory\",\n  \"schemaVersion\" : 1,\n  \"scanId\"");
        assertThat(JsonDocuments.readInventory(file)).isEqualTo(inventory);
        assertThat(JsonDocuments.toJson(new AssessmentLike(1, "2026-01-01"))).isEqualTo(
                "{\n  \"kind\" : \"assessment\",\n  \"schemaVersion\" : 1,\n  \"asOf\" : \"2026-01-01\"\n}\n");
    }

    @Test
    void refusesAnInventoryGivenAsAnAssessment()
    {
        Path file = write("assessment.json", text);

        assertThatThrownBy(() -> JsonDocuments.readDocument(file, AssessmentLike.class, 1, "assessment"))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(DiscoveryErrorCode.WRONG_DOCUMENT_KIND))
                .hasMessage(file + " is an inventory document, where an assessment document is expected; pass it to --inventory");
    }

    @Test
    void refusesATrafficDocumentGivenAsAnInventory()
    {
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, new TrafficLike(1, 12, List.of()));

        assertThatThrownBy(() -> JsonDocuments.readInventory(file))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(DiscoveryErrorCode.WRONG_DOCUMENT_KIND))
                .hasMessage(file + " is a traffic document, where an inventory document is expected; pass it to --traffic");
        assertThat(JsonDocuments.read(file, TrafficLike.class)).isEqualTo(new TrafficLike(1, 12, List.of()));
    }

    @Test
    void readsADocumentWrittenBeforeKindsWereRecorded()
    {
        Path file = write("inventory.json", text.replace("  \"kind\" : \"inventory\",\n", ""));

        assertThat(JsonDocuments.readInventory(file)).isEqualTo(inventory);
    }

    @Test
    void recognisesADocumentWithoutKindGivenToTheWrongOption()
    {
        Path file = write("assessment.json", text.replace("  \"kind\" : \"inventory\",\n", ""));

        assertThatThrownBy(() -> JsonDocuments.readDocument(file, AssessmentLike.class, 1, "assessment"))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(DiscoveryErrorCode.WRONG_DOCUMENT_KIND))
                .hasMessage(file + " has no kind field, and its top-level fields scanId, name, capturedAt, scope, resources, securityGroups,"
                        + " networkInterfaces, utilization, warnings, flowLogs are not those of an assessment document: is it a document of another"
                        + " kind, given to the wrong option?");
    }

    @Test
    void refusesContentAfterTheDocumentNamingItsLine()
    {
        Path file = write("inventory.json", text + "} garbage [\n");
        int line = lineCount(text) + 1;

        assertMalformed(file, file + ":" + line + ":1: $: content after the end of the document; a document is one JSON object");
        Path second = write("second.json", text + "{ }\n");
        assertMalformed(second, second + ":" + line + ":1: $: content after the end of the document; a document is one JSON object");
    }

    @Test
    void refusesAnUnknownFieldNamingItsPathAndLine()
    {
        String marker = "\"type\" : \"EC2_INSTANCE\",\n";
        int at = text.indexOf(marker);
        int index = (int) inventory.resources().stream().takeWhile(resource -> resource.type() != ResourceType.EC2_INSTANCE).count();
        Path file = write("inventory.json", text.substring(0, at) + marker + "      \"colour\" : \"red\",\n" + text.substring(at + marker.length()));
        int line = lineCount(text.substring(0, at)) + 2;

        assertMalformed(file, file + ":" + line + ":7: $.resources[" + index + "].colour: unknown field \"colour\"");
    }

    @Test
    void refusesANullForARequiredValueNamingTheRecordAndItsField()
    {
        String first = "\"accountId\" : \"123456789012\"";
        int at = text.indexOf(first);
        Path file = write("inventory.json", text.substring(0, at) + "\"accountId\" : null" + text.substring(at + first.length()));

        assertThatThrownBy(() -> JsonDocuments.readInventory(file))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageMatching("\\Q" + file + "\\E:\\d+:\\d+: \\$\\.resources\\[0\\]: accountId is missing or null, and it is required");
    }

    @Test
    void refusesANullOrATextWhereANumberIsDue()
    {
        String storage = "\"storageGb\" : 0";
        int at = text.indexOf(storage);
        int line = lineCount(text.substring(0, at)) + 1;
        Path nullStorage = write("null.json", text.substring(0, at) + "\"storageGb\" : null" + text.substring(at + storage.length()));
        Path textStorage = write("text.json", text.substring(0, at) + "\"storageGb\" : \"0\"" + text.substring(at + storage.length()));

        assertThatThrownBy(() -> JsonDocuments.readInventory(nullStorage))
                .hasMessageStartingWith(nullStorage + ":" + line + ":")
                .hasMessageMatching(".*: \\$\\.resources\\[\\d+\\]\\.details\\.storageGb: .*null.*");
        assertThatThrownBy(() -> JsonDocuments.readInventory(textStorage))
                .hasMessageStartingWith(textStorage + ":" + line + ":")
                .hasMessageMatching(".*: \\$\\.resources\\[\\d+\\]\\.details\\.storageGb: .*");
    }

    @Test
    void refusesAFieldGivenTwice()
    {
        String name = "\"name\" : \"cloudmapper-demo\",\n";
        int at = text.indexOf(name);
        Path file = write("inventory.json", text.substring(0, at) + name + "  " + name + text.substring(at + name.length()));

        assertThatThrownBy(() -> JsonDocuments.readInventory(file))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageStartingWith(file + ":" + (lineCount(text.substring(0, at)) + 2) + ":")
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void refusesAnAccountIdOrRegionThatIsNotOneNamingItsLine()
    {
        String account = "\"accountId\" : \"123456789012\"";
        int at = text.indexOf(account, text.indexOf("\"securityGroups\""));
        Path badAccount = write("account.json", text.substring(0, at) + "\"accountId\" : \"12345\"" + text.substring(at + account.length()));
        String regions = "\"regions\" : [\n      \"us-east-1\"";
        int regionsAt = text.indexOf(regions);
        Path badRegion = write("region.json", text.substring(0, regionsAt) + "\"regions\" : [\n      \"Frankfurt\"" + text.substring(regionsAt + regions.length()));

        assertMalformed(badAccount, badAccount + ":" + (lineCount(text.substring(0, at)) + 1) + ":7: $.securityGroups[0]: accountId \"12345\" is not an"
                + " account id (12 digits)");
        assertMalformed(badRegion, badRegion + ":" + (lineCount(text.substring(0, regionsAt)) + 1) + ":5: $.scope: regions holds \"Frankfurt\", which is"
                + " not an AWS Region code (like eu-west-1)");
    }

    @Test
    void refusesSomethingOtherThanAnObject()
    {
        Path array = write("array.json", "[ ]\n");
        Path kind = write("kind.json", "{ \"kind\" : 3, \"schemaVersion\" : 1 }\n");

        assertMalformed(array, array + ":1:1: $: expected a JSON object, found an array");
        assertMalformed(kind, kind + ":1:12: $.kind: expected the document kind as a text, found a number");
    }

    private static void assertMalformed(Path file, String message)
    {
        assertThatThrownBy(() -> JsonDocuments.readInventory(file))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(DiscoveryErrorCode.MALFORMED_INPUT))
                .hasMessage(message);
    }

    private Path write(String name, String content)
    {
        Path file = directory.resolve(name);
        try {
            Files.writeString(file, content);
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        return file;
    }

    private static int lineCount(String prefix)
    {
        return (int) prefix.chars().filter(character -> character == '\n').count();
    }
}

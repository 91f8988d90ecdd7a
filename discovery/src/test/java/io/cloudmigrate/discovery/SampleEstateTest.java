package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SampleEstateTest
{
    /** The committed sample, relative to the discovery module (Maven's working directory for tests). */
    private static final Path COMMITTED = Path.of("src/main/resources/io/cloudmigrate/discovery/sample-estate");

    @Test
    void extractsAnEstateTheImporterReadsWithoutMalformedFiles(@TempDir Path directory)
    {
        assumeTrue(SampleEstate.isBundled(), "the sample estate is not generated yet");

        Path estate = SampleEstate.extractTo(directory.resolve("sample"));
        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(inventory.resources()).isNotEmpty();
        assertThat(warnings(inventory, "MalformedFile")).isEmpty();
        assertThat(warnings(inventory, "UnexpectedShape")).isEmpty();
    }

    @Test
    void importsTheCommittedFolderWithTheTagsOfTheSeparateTagCalls()
    {
        // the folder as it is committed, index.txt included, as a user who copies it would import it
        Inventory inventory = AwsCliImporter.importDirectory(COMMITTED);

        Set<ResourceType> taggedSeparately = EnumSet.of(ResourceType.LAMBDA_FUNCTION, ResourceType.ELASTICACHE_CLUSTER, ResourceType.ECS_CLUSTER,
                ResourceType.ECS_SERVICE, ResourceType.LOAD_BALANCER, ResourceType.LOAD_BALANCER_V2, ResourceType.S3_BUCKET);
        List<Resource> resources = inventory.resources().stream().filter(resource -> taggedSeparately.contains(resource.type())).toList();
        assertThat(resources).hasSize(6 + 4 + 2 + 3 + 1 + 2 + 11);
        assertThat(resources.stream().filter(resource -> resource.tag("Owner") == null || resource.tag("Application") == null))
                .extracting(Resource::id)
                .containsExactly("arn:aws:lambda:us-east-1:111111111111:function:notifications-webhook", "arn:aws:s3:::northwind-dev-scratch");
        assertThat(inventory.resource("arn:aws:lambda:us-east-1:111111111111:function:orders-api-get-order").orElseThrow().tags())
                .containsEntry("Owner", "orders-team").containsEntry("Application", "orders-api").containsEntry("Environment", "production");
        assertThat(warnings(inventory, "SkippedFile")).isEmpty();
        assertThat(warnings(inventory, "DanglingReference")).isEmpty();
    }

    @Test
    void refusesToExtractWhenTheBuildLacksTheSample(@TempDir Path directory)
    {
        assumeFalse(SampleEstate.isBundled(), "the sample estate is bundled");

        assertThatThrownBy(() -> SampleEstate.extractTo(directory))
                .isInstanceOfSatisfying(CloudMigrateException.class,
                        exception -> assertThat(exception.errorCode()).isEqualTo(DiscoveryErrorCode.INTERNAL_ERROR))
                .hasMessageContaining("index.txt");
    }
}

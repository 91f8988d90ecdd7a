package io.cloudmigrate.server.cli;

import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scan} then {@code assess}: resources in use whose owner and app tags come only from tag calls
 * (Lambda, ElastiCache) or only with {@code include TAGS} (ECS) are claimed, so rule C3 does not
 * retain them as unknown applications; their untagged twins, equally in use, are retained by C3.
 */
class ScanTagsAssessmentTest
{
    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path directory;

    @Test
    void taggedResourcesInUseAreNotRetainedAsUnknownApplications()
    {
        URI endpoint = TaggedTwins.seed(REGION);
        Path inventory = directory.resolve("inventory.json");
        Path assessment = directory.resolve("assessment.json");

        CommandRun scan = CommandRun.of("scan", "--out", inventory.toString(), "--endpoint-url", endpoint.toString(), "--regions", REGION);
        CommandRun assess = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", assessment.toString());

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCodes.OK);
        assertThat(assess.exitCode()).as(assess.err()).isEqualTo(ExitCodes.OK);
        Assessment result = Stages.readAssessment(assessment);
        for (String name : TaggedTwins.NAMES) {
            String function = "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name;
            String cache = "arn:aws:elasticache:" + REGION + ":" + ACCOUNT + ":cluster:" + name;
            String service = "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":service/shop/" + name;
            if (name.equals(TaggedTwins.CLAIMED)) {
                assertNotUnknownApplication(result, function);
                assertNotUnknownApplication(result, cache);
                assertNotUnknownApplication(result, service);
            }
            else {
                assertUnknownApplication(result, function);
                assertUnknownApplication(result, cache);
                assertUnknownApplication(result, service);
            }
        }
    }

    private static void assertNotUnknownApplication(Assessment assessment, String resourceId)
    {
        Recommendation recommendation = recommendation(assessment, resourceId);
        assertThat(recommendation.ruleId()).as("rule for %s: %s", resourceId, recommendation.reason()).isNotEqualTo("C3");
        assertThat(recommendation.evidence()).doesNotContain("tag:owner=missing", "tag:app=missing");
    }

    private static void assertUnknownApplication(Assessment assessment, String resourceId)
    {
        Recommendation recommendation = recommendation(assessment, resourceId);
        assertThat(recommendation.ruleId()).as("rule for %s: %s", resourceId, recommendation.reason()).isEqualTo("C3");
        assertThat(recommendation.evidence()).contains("tag:owner=missing", "tag:app=missing");
    }

    private static Recommendation recommendation(Assessment assessment, String resourceId)
    {
        assertThat(assessment.recommendation(resourceId)).as("recommendation for %s among %s", resourceId,
                assessment.recommendations().stream().map(Recommendation::resourceId).toList()).isPresent();
        return assessment.recommendation(resourceId).orElseThrow();
    }
}

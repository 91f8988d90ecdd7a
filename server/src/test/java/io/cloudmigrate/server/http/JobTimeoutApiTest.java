package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job time limits per kind, and the ETA in a job's progress, through real HTTP against a server
 * whose assessments may run for one millisecond while imports keep their default.
 */
class JobTimeoutApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;
    private static String estate;

    @BeforeAll
    static void startServerWithATinyAssessmentLimit()
    {
        ServerOptions options = TestDatabases.options(dataDirectory).withJobTimeouts(JobTimeouts.DEFAULTS.with("assess", Duration.ofMillis(1)));
        server = TestServer.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void failsAJobThatRunsPastTheLimitOfItsKindAndKeepsNothingOfIt()
    {
        ApiClient.Answer accepted = api.post(estate + "/assessments", "{}");
        JsonNode job = api.awaitJob(accepted.header("Location"));
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("error").path("type").asText()).isEqualTo("urn:cloudmigrate:problem:timeout");
        assertThat(job.path("error").path("detail").asText()).contains("the assess job exceeded its time limit of 1 ms").contains("--job-timeout assess=");
        assertThat(job.path("result").isNull()).isTrue();

        // The work stops at its next step and rolls back: no assessment appears later.
        pause(3000);
        assertThat(api.get(estate + "/assessments").json().path("items")).isEmpty();
        assertThat(api.get(accepted.header("Location")).json().path("state").asText()).isEqualTo("FAILED");
    }

    @Test
    void showsTheEtaOfAStepThatCountsItems()
    {
        // The import (default limit) stores its estate in one step without counts; its progress has no guess.
        JsonNode imported = api.get("/api/v1/jobs?limit=50").json().path("items");
        JsonNode importJob = null;
        for (JsonNode job : imported) {
            if (job.path("kind").asText().equals("IMPORT")) {
                importJob = job;
            }
        }
        assertThat(importJob).isNotNull();
        assertThat(importJob.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(importJob.path("progress").has("etaSeconds")).isTrue();
        assertThat(importJob.path("progress").path("etaSeconds").isNull()).isTrue();
    }

    private static void pause(long millis)
    {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the browser-safety headers, errors and the API docs included, and the docs
 * work under the content security policy: every script they load is a file of the server's own.
 */
class SecurityHeadersApiTest
{
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("src=\"([^\"]+)\"");

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void everyKindOfAnswerCarriesTheHeaders()
    {
        List<Answer> answers = List.of(
                api.get("/health"),
                api.get("/api/v1/estates"),
                api.get("/api/v1/estates/not-a-uuid"),
                api.get("/api/v1/nothing-here"),
                api.post("/api/v1/estates", "{\"source\": \"NOWHERE\"}"),
                api.send(HttpRequest.newBuilder(api.uri("/api/v1/estates")).method("PATCH", HttpRequest.BodyPublishers.noBody())),
                api.get("/api/docs/"),
                api.get("/api/docs/swagger-ui.css"),
                api.get("/api/v1/openapi.yaml"),
                api.anonymous().get("/api/v1/estates"));
        assertThat(answers).extracting(Answer::status).contains(200, 400, 401, 404);
        for (Answer answer : answers) {
            assertThat(answer.header("X-Content-Type-Options")).as(answer.response().uri() + " nosniff").isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(answer.response().uri() + " frames").isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(answer.response().uri() + " referrer").isEqualTo("no-referrer");
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as(answer.response().uri() + " policy").contains("frame-ancestors 'none'").contains("script-src 'self'");
            assertThat(directive(policy, "script-src")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(answer.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        }
    }

    @Test
    void theApiDocsLoadOnlyScriptFilesOfTheServerItself()
    {
        Answer page = api.get("/api/docs/");
        assertThat(page.status()).isEqualTo(200);
        Matcher scripts = SCRIPT.matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(2).strip()).as("inline script in the docs page").isEmpty();
            Matcher source = SOURCE.matcher(scripts.group(1));
            assertThat(source.find()).as("a script without src").isTrue();
            assertThat(source.group(1)).as("a script from another origin").doesNotContain("//");
            Answer script = api.get(api.uri("/api/docs/").resolve(source.group(1)).getPath());
            assertThat(script.status()).as(source.group(1)).isEqualTo(200);
            assertThat(script.header("Content-Type")).startsWith("text/javascript").doesNotStartWith("text/html");
        }
        assertThat(count).isEqualTo(3);
        Answer initializer = api.get("/api/docs/swagger-initializer.js");
        assertThat(initializer.body()).contains("/api/v1/openapi.yaml").contains("validatorUrl: null");
    }

    private static String directive(String policy, String name)
    {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}

package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.fail;

/**
 * The moto server named by {@code CLOUDMIGRATE_MOTO_ENDPOINT}. Without it a test is skipped with a
 * message, except on CI ({@code CI=true}), where a missing emulator is a failure.
 */
public final class Moto
{
    private Moto() {}

    /** The endpoint, or a skipped (locally) or failed (on CI) test. */
    public static URI endpoint()
    {
        Optional<String> endpoint = Optional.ofNullable(System.getenv("CLOUDMIGRATE_MOTO_ENDPOINT")).filter(value -> !value.isBlank());
        if (endpoint.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CLOUDMIGRATE_MOTO_ENDPOINT is not set on CI: .ci/run must start moto_server and export it");
            }
            String message = "SKIPPED: no AWS emulator; set CLOUDMIGRATE_MOTO_ENDPOINT=http://127.0.0.1:5000 with moto_server running";
            // surefire's summary counts skips but does not say why: say it in the build log too
            System.err.println(message);
            Assumptions.abort(message);
        }
        return URI.create(endpoint.get());
    }

    /** The endpoint, with moto's state reset; or a skipped (locally) or failed (on CI) test. */
    public static URI reset()
    {
        URI uri = endpoint();
        post(uri, "/moto-api/reset", null);
        return uri;
    }

    /** A POST to moto; with {@code service}, signed-looking for that service, which is how moto routes a query call. */
    public static void post(URI endpoint, String path, String service)
    {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.noBody());
            if (service != null) {
                request.header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                fail("moto answered " + response.statusCode() + " to " + path + ": " + response.body());
            }
        }
        catch (IOException e) {
            fail("moto at " + endpoint + " did not answer " + path + ": " + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}

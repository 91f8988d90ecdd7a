package io.cloudmigrate.discovery.aws;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.fail;

/**
 * The moto server the integration tests talk to, named by {@code CLOUDMIGRATE_MOTO_ENDPOINT}. Without
 * it the tests are skipped with a message, except on CI ({@code CI=true}), where a missing emulator
 * is a failure: CI must run them.
 */
final class MotoEmulator
{
    static final String ENDPOINT_VARIABLE = "CLOUDMIGRATE_MOTO_ENDPOINT";
    static final String SECOND_ACCOUNT = "222222222222";
    static final String FIRST_ACCOUNT = "123456789012";

    private MotoEmulator() {}

    /** The endpoint, or a skipped (locally) or failed (on CI) test. Resets moto's state and seeds its ids. */
    static URI require()
    {
        Optional<String> endpoint = Optional.ofNullable(System.getenv(ENDPOINT_VARIABLE)).filter(value -> !value.isBlank());
        if (endpoint.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(ENDPOINT_VARIABLE + " is not set on CI: .ci/run must start moto_server and export it");
            }
            String message = "SKIPPED: no AWS emulator; start `moto_server -H 127.0.0.1 -p 5000` and set " + ENDPOINT_VARIABLE
                    + "=http://127.0.0.1:5000 (plus AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY=testing) to run the live-scan tests";
            // surefire's summary counts skips but does not say why: say it in the build log too
            System.err.println(message);
            Assumptions.abort(message);
        }
        URI uri = URI.create(endpoint.get());
        post(uri, "/moto-api/reset", "");
        post(uri, "/moto-api/seed?a=42", "");
        return uri;
    }

    static void post(URI endpoint, String path, String body)
    {
        post(endpoint, path, body, null);
    }

    /**
     * A POST to moto; with {@code service}, signed-looking for that service, which is how moto routes
     * a query call (it does not check signatures).
     */
    static void post(URI endpoint, String path, String body, String service)
    {
        post(endpoint, path, body, service, "testing");
    }

    /** As above, acting as the holder of {@code accessKeyId}: moto and LocalStack take the account from it. */
    static void post(URI endpoint, String path, String body, String service, String accessKeyId)
    {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
            if (service != null) {
                request.header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20260101/us-east-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                fail(endpoint + " answered " + response.statusCode() + " to " + path + ": " + response.body());
            }
        }
        catch (IOException e) {
            fail("the emulator at " + endpoint + " did not answer " + path + ": " + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}

package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.fail;

/**
 * The moto server named by {@code CLOUDMIGRATE_MOTO_ENDPOINT} (CI starts one on port 5000). Without it
 * a test is skipped with a message, except on CI ({@code CI=true}), where that is a failure. moto keeps
 * accounts apart: a request acts in the account its {@code x-moto-account-id} header names, and
 * Terraform reaches an account by assuming a role there (moto answers STS for any role name).
 */
final class Moto
{
    static final String ENDPOINT_VARIABLE = "CLOUDMIGRATE_MOTO_ENDPOINT";

    private Moto() {}

    /** The endpoint, with moto's state reset, or a skipped (locally) or failed (on CI) test. */
    static URI endpoint()
    {
        Optional<String> endpoint = Optional.ofNullable(System.getenv(ENDPOINT_VARIABLE)).filter(value -> !value.isBlank());
        if (endpoint.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(ENDPOINT_VARIABLE + " is not set on CI: .ci/run must start moto_server and export it");
            }
            String message = "SKIPPED: no moto server; start `moto_server -H 127.0.0.1 -p 5000` and set " + ENDPOINT_VARIABLE
                    + "=http://127.0.0.1:5000 to run the Terraform apply test";
            System.err.println(message);
            Assumptions.abort(message);
        }
        URI uri = URI.create(endpoint.get());
        post(uri, "/moto-api/reset", "", null, null);
        return uri;
    }

    /** SDK settings that make a client act in the given moto account. */
    static ClientOverrideConfiguration inAccount(String account)
    {
        return ClientOverrideConfiguration.builder().putHeader("x-moto-account-id", account).build();
    }

    static AwsCredentialsProvider credentials()
    {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    }

    /** Creates an IAM role in the account (the AWS SDK's IAM client is not on this module's path), returning its ARN. */
    static String createRole(URI endpoint, String account, String roleName, String trustedService)
    {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"" + trustedService
                + "\"},\"Action\":\"sts:AssumeRole\"}]}";
        post(endpoint, "/", "Action=CreateRole&Version=2010-05-08&RoleName=" + roleName + "&AssumeRolePolicyDocument="
                + URLEncoder.encode(policy, StandardCharsets.UTF_8), "iam", account);
        return "arn:aws:iam::" + account + ":role/" + roleName;
    }

    private static void post(URI endpoint, String path, String body, String service, String account)
    {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
            if (service != null) {
                // moto routes a query call by the service in the credential scope; it checks no signature
                request.header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0")
                        .header("Content-Type", "application/x-www-form-urlencoded");
            }
            if (account != null) {
                request.header("x-moto-account-id", account);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                fail("moto answered " + response.statusCode() + " to " + path + " " + body + ": " + response.body());
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

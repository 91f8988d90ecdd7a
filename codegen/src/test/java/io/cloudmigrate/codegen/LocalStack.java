package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.fail;

/**
 * One LocalStack container for the test JVM, from the image {@code .ci/localstack.sh} builds locally
 * (no registry is reachable, so it is never pulled); stopped when the JVM exits, since Ryuk is off
 * here. Without a Docker engine or the image a test is skipped with a message, except on CI
 * ({@code CI=true}), where that is a failure.
 */
final class LocalStack
{
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0-local";

    private static LocalStackContainer container;

    private LocalStack() {}

    /** LocalStack's single endpoint for every service, or a skipped (locally) or failed (on CI) test. */
    static synchronized URI endpoint()
    {
        if (container == null) {
            container = start();
        }
        return container.getEndpoint();
    }

    /** LocalStack keeps accounts apart and takes a twelve-digit access key as the account it acts in. */
    static AwsCredentialsProvider account(String accountId)
    {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "test"));
    }

    private static LocalStackContainer start()
    {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            unavailable("no Docker engine");
        }
        String image = System.getenv().getOrDefault("CLOUDMIGRATE_LOCALSTACK_IMAGE", DEFAULT_IMAGE);
        if (DockerClientFactory.instance().client().listImagesCmd().withImageNameFilter(image).exec().isEmpty()) {
            unavailable("no local image " + image);
        }
        // LocalStack is ready in about 10 s on an idle machine; on two busy cores it took over the default 60 s.
        LocalStackContainer started = new LocalStackContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withStartupTimeout(STARTUP_TIMEOUT);
        started.start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-localstack"));
        return started;
    }

    private static void unavailable(String reason)
    {
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + " on CI: .ci/run must start dockerd and build the LocalStack image (.ci/localstack.sh)");
        }
        String message = "SKIPPED: " + reason + " for LocalStack; see README, \"LocalStack tests\", to run the deploy tests";
        // surefire's summary counts skips but does not say why: say it in the build log too
        System.err.println(message);
        Assumptions.abort(message);
    }
}

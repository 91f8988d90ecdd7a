package io.cloudmigrate.discovery.testing;

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
 * One LocalStack container for the whole test JVM, started on first use and stopped when the JVM
 * exits (Ryuk is off here, see CI-COOKBOOK). The image is built locally by {@code .ci/localstack.sh};
 * no registry is reachable, so it is never pulled. Without a Docker engine or the image the tests are
 * skipped with a message, except on CI ({@code CI=true}), where that is a failure.
 *
 * <p>Shared by the live-scan tests of discovery and the deploy tests of codegen through discovery's
 * test jar, so both start LocalStack the same way.
 */
public final class LocalStack
{
    /** Names another local image than the one {@code .ci/localstack.sh} builds. */
    public static final String IMAGE_VARIABLE = "CLOUDMIGRATE_LOCALSTACK_IMAGE";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0-local";

    private static LocalStackContainer container;

    private LocalStack() {}

    /** LocalStack's single endpoint for every service, or a skipped (locally) or failed (on CI) test. */
    public static synchronized URI endpoint()
    {
        if (container == null) {
            container = start();
        }
        return container.getEndpoint();
    }

    /** LocalStack keeps accounts apart and takes a twelve-digit access key as the account it acts in. */
    public static AwsCredentialsProvider account(String accountId)
    {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "test"));
    }

    private static LocalStackContainer start()
    {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            unavailable("no Docker engine");
        }
        String image = System.getenv().getOrDefault(IMAGE_VARIABLE, DEFAULT_IMAGE);
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
        String message = "SKIPPED: " + reason + " for LocalStack; see README, \"LocalStack tests\", to run the LocalStack tests";
        // surefire's summary counts skips but does not say why: say it in the build log too
        System.err.println(message);
        Assumptions.abort(message);
    }
}

package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve --webhook-ca-file}: a file that holds no certificate, or none at all, is refused at
 * start with its name, rather than leaving every HTTPS delivery to fail later.
 */
class WebhookTrustTest
{
    @TempDir
    Path directory;

    @Test
    void leavesTheJvmTrustAloneWithoutAFile()
    {
        assertThat(WebhookTrust.of(Optional.empty())).isEmpty();
    }

    @Test
    void refusesAFileWithoutACertificateNamingIt()
            throws IOException
    {
        Path key = Files.writeString(directory.resolve("not-a-ca.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> WebhookTrust.of(Optional.of(key)))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ServerErrorCode.INVALID_REQUEST))
                .hasMessageContaining(key.toString())
                .hasMessageContaining("--webhook-ca-file");
    }

    @Test
    void refusesAMissingFileNamingIt()
    {
        Path missing = directory.resolve("missing.pem");

        assertThatThrownBy(() -> WebhookTrust.of(Optional.of(missing))).isInstanceOf(CloudMigrateException.class).hasMessageContaining(missing.toString());
    }
}

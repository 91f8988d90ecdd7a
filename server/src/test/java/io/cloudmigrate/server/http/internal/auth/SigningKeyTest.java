package io.cloudmigrate.server.http.internal.auth;

import io.cloudmigrate.discovery.CloudMigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest
{
    @TempDir
    Path directory;

    @Test
    void generatesAPrivateKeyOnceAndReadsTheSameKeyAfterwards()
            throws IOException
    {
        Path file = directory.resolve("data").resolve(SigningKey.FILE_NAME);

        byte[] first = SigningKey.read(file, true);
        byte[] again = SigningKey.read(file, true);

        assertThat(first).hasSize(64).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void refusesAKeyFileOthersMayRead()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("shared.key"), Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SigningKey.read(file, false))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageContaining("may be read or written by others (rw-r--r--); make it private with 'chmod 600 " + file + "'");
    }

    @Test
    void refusesAShortKeyAndOneThatIsNotBase64WithoutShowingIt()
            throws IOException
    {
        Path shortKey = Files.writeString(directory.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[16]));
        Path notBase64 = Files.writeString(directory.resolve("text.key"), "correct horse battery staple!");
        for (Path file : new Path[] {shortKey, notBase64}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }

        assertThatThrownBy(() -> SigningKey.read(shortKey, false)).hasMessageContaining("is 16 bytes; it needs at least 32");
        assertThatThrownBy(() -> SigningKey.read(notBase64, false)).hasMessageContaining("is not base64 text").hasMessageNotContaining("horse");
    }
}

package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.aws.ScanProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorStreamTest
{
    private final StringWriter text = new StringWriter();
    private final ErrorStream err = ErrorStream.around(new PrintWriter(text));

    @Test
    void anErrorAfterAProgressBarDrawnInPlaceStartsOnALineOfItsOwn()
    {
        new ScanProgressPrinter(err, true).print(new ScanProgress(3, 10, 5, 20, Duration.ofSeconds(2)));

        err.startLine();
        err.println("cloudmigrate: access denied");

        assertThat(text.toString()).startsWith("\r[#########                     ] 3/10 service scans").endsWith("s\ncloudmigrate: access denied\n")
                .containsOnlyOnce("\n" + "cloudmigrate: ");
        assertThat(err.stage()).isEqualTo("scanning AWS");
    }

    @Test
    void addsNoBlankLineWhenTheLineIsAlreadyEnded()
    {
        Console console = new Console(err, 2);
        console.step("Reading inventory.json");
        console.done("3 resources");

        err.startLine();
        err.println("cloudmigrate: failed");

        assertThat(text.toString()).matches("\\[1/2] Reading inventory.json \\.\\.\\. 3 resources \\(\\d+ ms\\)\ncloudmigrate: failed\n");
        assertThat(err.stage()).isEqualTo("1/2 (Reading inventory.json)");
    }

    @Test
    void wrapsAStreamOnlyOnce()
    {
        assertThat(ErrorStream.around(err)).isSameAs(err);
    }
}

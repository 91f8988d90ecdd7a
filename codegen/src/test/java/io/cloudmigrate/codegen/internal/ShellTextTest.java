package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ShellTextTest
{
    @Test
    void quotesAHostileValueSoThatTheShellReadsItBackAsOneWord()
            throws IOException, InterruptedException
    {
        for (String value : new String[] {"i-0abc", "it's; rm -rf / #", "$(touch /tmp/x) `id` \"q\" \\ *", "a b\tc", ""}) {
            Process process = new ProcessBuilder("sh", "-c", "printf '%s|' " + ShellText.quote(value)).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(printed).as(value).isEqualTo(value + "|");
        }
    }

    @Test
    void leavesAPlainValueAsItIs()
    {
        assertThat(ShellText.quote("i-0abc1234")).isEqualTo("i-0abc1234");
        assertThat(ShellText.terraformOutput("02", "web_1_private_ip")).isEqualTo("\"$(terraform -chdir=terraform/wave-02 output -raw web_1_private_ip)\"");
    }

    @Test
    void acceptsOnlyHostNamesAndAddressesForARemoteCommand()
    {
        assertThat(ShellText.host("orders-db.abc123.eu-west-1.rds.amazonaws.com")).isTrue();
        assertThat(ShellText.host("10.0.1.10")).isTrue();
        assertThat(ShellText.host("db; reboot")).isFalse();
        assertThat(ShellText.host("-oProxyCommand=x")).isFalse();
        assertThat(ShellText.host(null)).isFalse();
    }
}

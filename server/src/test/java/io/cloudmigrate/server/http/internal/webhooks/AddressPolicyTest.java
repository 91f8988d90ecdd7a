package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.discovery.CloudMigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressPolicyTest
{
    private final AddressPolicy strict = new AddressPolicy(false);
    private final AddressPolicy lenient = new AddressPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/x", "file:///etc/passwd", "gopher://hooks.example.com/", "hooks.example.com/x", "javascript:alert(1)",
            "https://user:password@hooks.example.com/", "https:///no-host", "https://hooks.example.com/#fragment"})
    void refusesUrlsThatAreNotPlainHttpOrHttps(String url)
    {
        assertThatThrownBy(() -> lenient.checkUrl(url)).isInstanceOf(CloudMigrateException.class).hasMessageContaining("webhook url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/",
            "http://192.168.0.10/", "http://172.16.5.4/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/",
            "http://[::ffff:10.0.0.1]/", "http://2130706433/"})
    void refusesPrivateAddressesUnlessAllowed(String url)
    {
        assertThatThrownBy(() -> strict.checkUrl(url)).isInstanceOf(CloudMigrateException.class).hasMessageContaining("--webhook-allow-private");
        assertThat(lenient.checkUrl(url)).isEqualTo(URI.create(url));
    }

    @Test
    void acceptsPublicHttpsUrls()
    {
        assertThat(strict.checkUrl("https://hooks.slack.com/services/T0123ABCD/B0456EFGH/q7Zp2mKx9LwV")).hasHost("hooks.slack.com");
        assertThat(strict.checkUrl("http://203.0.113.7:8443/path?query=1")).hasPort(8443);
    }

    @Test
    void refusesAtDeliveryAHostThatResolvesToAPrivateAddress()
    {
        assertThatThrownBy(() -> strict.resolve(URI.create("http://localhost:9/hook")))
                .isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("--webhook-allow-private")
                .matches(refused -> !((AddressPolicy.Refused) refused).retryable());
    }

    @Test
    void connectsToTheAddressItChecked()
            throws Exception
    {
        assertThat(lenient.resolve(URI.create("http://127.0.0.1:9/hook"))).isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void judgesPublicAndPrivateAddresses()
            throws UnknownHostException
    {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("2001:4860:4860::8888"))).isFalse();
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("fe80::1"))).isTrue();
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("224.0.0.1"))).isTrue();
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName("255.255.255.255"))).isTrue();
    }
}

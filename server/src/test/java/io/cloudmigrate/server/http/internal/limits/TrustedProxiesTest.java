package io.cloudmigrate.server.http.internal.limits;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest
{
    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "192.0.2.1", "2001:db8::/32"));

    @Test
    void ignoresTheHeaderOfAPeerThatIsNoTrustedProxy()
    {
        assertThat(proxies.client("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(proxies.client("192.0.2.2", List.of("198.51.100.1"))).isEqualTo("192.0.2.2");
    }

    @Test
    void takesTheNearestAddressThatIsNoTrustedProxy()
    {
        assertThat(proxies.client("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // The client wrote the leftmost entries itself; only what trusted proxies appended counts.
        assertThat(proxies.client("10.1.2.3", List.of("1.2.3.4, 198.51.100.1, 10.9.9.9"))).isEqualTo("198.51.100.1");
        assertThat(proxies.client("192.0.2.1", List.of("1.2.3.4", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(proxies.client("2001:db8::7", List.of("2001:db8::8, 2001:db9::1"))).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void stopsAtAnEntryThatIsNoAddressWithoutLookingItUp()
    {
        assertThat(proxies.client("10.1.2.3", List.of("attacker.example.com"))).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", List.of("attacker.example.com, 10.4.4.4"))).isEqualTo("10.4.4.4");
        assertThat(proxies.client("10.1.2.3", List.of("10.5.5.5, 10.4.4.4"))).as("only proxies: the farthest").isEqualTo("10.5.5.5");
        assertThat(proxies.client("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void refusesABlockThatIsNotOne()
    {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).hasMessageContaining("'10.0.0.0/33'").hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x"))).hasMessageContaining("prefix length");
    }
}

package io.cloudmigrate.graph.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesTest
{
    @Test
    void parsesLiteralsOnly()
    {
        assertThat(IpAddresses.canonical("10.0.1.10")).isEqualTo("10.0.1.10");
        assertThat(IpAddresses.canonical("010.000.001.010")).isEqualTo("10.0.1.10");
        assertThat(IpAddresses.canonical("2600:1F18::10")).isEqualTo("2600:1f18:0:0:0:0:0:10");
        assertThat(IpAddresses.parse("10.0.1")).isNull();
        assertThat(IpAddresses.parse("10.0.1.2.3")).isNull();
        assertThat(IpAddresses.parse("10..1.2")).isNull();
        assertThat(IpAddresses.parse("-")).isNull();
        assertThat(IpAddresses.parse("localhost")).isNull();
        assertThat(IpAddresses.parse("beef")).isNull();
        assertThat(IpAddresses.parse("fe80::1%eth0")).isNull();
        assertThat(IpAddresses.parse("1:2:3")).isNull();
    }

    @Test
    void classifiesAddresses()
    {
        assertThat(IpAddresses.scope(IpAddresses.parse("10.255.0.1"))).isEqualTo(IpAddresses.Scope.PRIVATE);
        assertThat(IpAddresses.scope(IpAddresses.parse("172.16.0.1"))).isEqualTo(IpAddresses.Scope.PRIVATE);
        assertThat(IpAddresses.scope(IpAddresses.parse("172.15.0.1"))).isEqualTo(IpAddresses.Scope.PUBLIC);
        assertThat(IpAddresses.scope(IpAddresses.parse("100.64.0.1"))).isEqualTo(IpAddresses.Scope.SPECIAL);
        assertThat(IpAddresses.scope(IpAddresses.parse("224.0.0.251"))).isEqualTo(IpAddresses.Scope.SPECIAL);
        assertThat(IpAddresses.scope(IpAddresses.parse("::1"))).isEqualTo(IpAddresses.Scope.SPECIAL);
        assertThat(IpAddresses.scope(IpAddresses.parse("fc00::1"))).isEqualTo(IpAddresses.Scope.PRIVATE);
    }

    @Test
    void cidrBlocksHoldTheirAddresses()
    {
        Cidr block = Cidr.parse("10.0.4.0/22");

        assertThat(block.prefixLength()).isEqualTo(22);
        assertThat(block.contains(IpAddresses.parse("10.0.7.255"))).isTrue();
        assertThat(block.contains(IpAddresses.parse("10.0.8.0"))).isFalse();
        assertThat(block.contains(IpAddresses.parse("::ffff:a00:401"))).isTrue();
        assertThat(Cidr.parse("2600:1f18::/32").contains(IpAddresses.parse("2600:1f18:ffff::1"))).isTrue();
        assertThat(Cidr.parse("2600:1f18::/32").contains(IpAddresses.parse("10.0.4.1"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpAddresses.parse("8.8.8.8"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/33")).isNull();
        assertThat(Cidr.parse("10.0.0.0")).isNull();
    }
}

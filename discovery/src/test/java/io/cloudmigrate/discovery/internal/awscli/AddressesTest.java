package io.cloudmigrate.discovery.internal.awscli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesTest
{
    @Test
    void readsAddressesOfBothFamiliesAndNothingElse()
    {
        assertThat(Addresses.address("10.0.0.1")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(4));
        assertThat(Addresses.address("2001:db8::1")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(16));
        assertThat(Addresses.address("::ffff:10.0.0.1")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(16));
        assertThat(Addresses.address("345.345.345.345")).isEmpty();
        assertThat(Addresses.address("10.0.0")).isEmpty();
        assertThat(Addresses.address("null")).isEmpty();
        assertThat(Addresses.address("localhost")).isEmpty();
        assertThat(Addresses.address("2001:db8::1::2")).isEmpty();
        assertThat(Addresses.address("fe80::1%eth0")).isEmpty();
    }

    @Test
    void keepsABlockThatNamesItsNetworkAsItWasWritten()
    {
        assertThat(Addresses.block("10.0.0.0/16")).contains(new Addresses.Block(false, "10.0.0.0/16", false));
        assertThat(Addresses.block("0.0.0.0/0")).contains(new Addresses.Block(false, "0.0.0.0/0", false));
        assertThat(Addresses.block("::/0")).contains(new Addresses.Block(true, "::/0", false));
        assertThat(Addresses.block("10.0.0.1/32")).contains(new Addresses.Block(false, "10.0.0.1/32", false));
    }

    @Test
    void readsABlockWithHostBitsSetAsItsNetwork()
    {
        assertThat(Addresses.block("2.2.2.2/28")).contains(new Addresses.Block(false, "2.2.2.0/28", true));
        assertThat(Addresses.block("10.1.255.255/9")).contains(new Addresses.Block(false, "10.0.0.0/9", true));
        assertThat(Addresses.block("2001:db8:0:0:1::1/64")).contains(new Addresses.Block(true, "2001:db8::/64", true));
        assertThat(Addresses.block("2001:db8:1:2:3:4:5:6/127")).contains(new Addresses.Block(true, "2001:db8:1:2:3:4:5:6/127", false));
        assertThat(Addresses.block("2001:0:0:1:0:0:0:1/64")).contains(new Addresses.Block(true, "2001:0:0:1::/64", true));
        assertThat(Addresses.block("2600:1f18:4d2:9c01::/56")).contains(new Addresses.Block(true, "2600:1f18:4d2:9c00::/56", true));
    }

    @Test
    void refusesWhatIsNotABlock()
    {
        assertThat(Addresses.block("10.0.0.0/33")).isEmpty();
        assertThat(Addresses.block("::/129")).isEmpty();
        assertThat(Addresses.block("10.0.0.0")).isEmpty();
        assertThat(Addresses.block("10.0.0.0/")).isEmpty();
        assertThat(Addresses.block("10.0.0.0/-1")).isEmpty();
        assertThat(Addresses.block("300.0.0.0/8")).isEmpty();
        assertThat(Addresses.block("pl-63a5400a")).isEmpty();
    }
}

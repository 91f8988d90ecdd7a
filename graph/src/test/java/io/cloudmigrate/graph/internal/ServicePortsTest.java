package io.cloudmigrate.graph.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServicePortsTest
{
    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int ICMP = 1;

    @Test
    void takesTrafficFromAServicePortToAnEphemeralPortAsAResponse()
    {
        assertThat(ServicePorts.isResponse(TCP, 5432, 49152)).isTrue();
        assertThat(ServicePorts.isResponse(TCP, 443, 1024)).isTrue();
        assertThat(ServicePorts.isResponse(TCP, 27017, 60000)).isTrue();
        assertThat(ServicePorts.isResponse(UDP, 53, 33000)).isTrue();
    }

    @Test
    void takesTrafficFromAnUnlistedListeningPortToTheEphemeralRangeAsAResponse()
    {
        // A Prometheus node exporter answering a scrape.
        assertThat(ServicePorts.isResponse(TCP, 9100, 35832)).isTrue();
        assertThat(ServicePorts.isResponse(TCP, 35832, 9100)).isFalse();
        assertThat(ServicePorts.isResponse(TCP, 9100, 32767)).isFalse();
    }

    @Test
    void takesEverythingElseAsARequest()
    {
        assertThat(ServicePorts.isResponse(TCP, 49152, 5432)).isFalse();
        assertThat(ServicePorts.isResponse(TCP, 443, 8080)).isFalse();
        assertThat(ServicePorts.isResponse(TCP, 443, 1023)).isFalse();
        assertThat(ServicePorts.isResponse(TCP, 40000, 50000)).isFalse();
        assertThat(ServicePorts.isResponse(ICMP, 0, 0)).isFalse();
        assertThat(ServicePorts.isResponse(50, 443, 50000)).isFalse();
    }
}

package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.cloudmigrate.graph.TestEstate.arn;
import static io.cloudmigrate.graph.TestEstate.instanceArn;
import static io.cloudmigrate.graph.TestEstate.instanceDetails;
import static org.assertj.core.api.Assertions.assertThat;

class AddressAttributionTest
{
    private final AddressAttribution attribution = AddressAttribution.of(new TestEstate()
            .instance("web", "10.0.1.10")
            .instance("v6", "2600:1f18:abc::10")
            .placed(ResourceType.EC2_INSTANCE, instanceArn("legacy"), "legacy", instanceDetails("legacy"), "10.0.5.50")
            .inventory());

    @Test
    void attributesAnInterfaceAddressToTheInterfaceOwner()
    {
        assertThat(attribution.owner("10.0.1.10")).contains(instanceArn("web"));
    }

    @Test
    void fallsBackToTheAddressesOfTheResourcePlacement()
    {
        assertThat(attribution.owner("10.0.5.50")).contains(instanceArn("legacy"));
    }

    @Test
    void matchesIpv6AddressesWhateverTheirSpelling()
    {
        assertThat(attribution.owner("2600:1F18:0abc:0:0::10")).contains(instanceArn("v6"));
    }

    @Test
    void groupsAddressesOutsideTheEstate()
    {
        assertThat(attribution.owner("203.0.113.12")).contains(AddressAttribution.INTERNET);
        assertThat(attribution.owner("8.8.8.8")).contains(AddressAttribution.INTERNET);
        assertThat(attribution.owner("2a00:1450:4001::200e")).contains(AddressAttribution.INTERNET);
        assertThat(attribution.owner("10.0.9.9")).contains(AddressAttribution.UNATTRIBUTED_PRIVATE);
        assertThat(attribution.owner("172.31.255.1")).contains(AddressAttribution.UNATTRIBUTED_PRIVATE);
        assertThat(attribution.owner("192.168.0.1")).contains(AddressAttribution.UNATTRIBUTED_PRIVATE);
        assertThat(attribution.owner("fd00::1")).contains(AddressAttribution.UNATTRIBUTED_PRIVATE);
    }

    @Test
    void leavesSpecialAndInvalidAddressesUnattributed()
    {
        assertThat(attribution.owner("169.254.169.254")).isEmpty();
        assertThat(attribution.owner("127.0.0.1")).isEmpty();
        assertThat(attribution.owner("fe80::1")).isEmpty();
        assertThat(attribution.owner("172.32.0.1")).contains(AddressAttribution.INTERNET);
        assertThat(attribution.owner("10.0.1.256")).isEmpty();
        assertThat(attribution.owner("example.com")).isEmpty();
    }

    @Test
    void ignoresInterfacesWhoseOwnerIsNotInTheInventory()
    {
        Inventory inventory = new TestEstate()
                .withInterface(ResourceType.VPC_ENDPOINT, arn("ec2", "vpc-endpoint/vpce-1"), "endpoint",
                        new ResourceDetails.VpcEndpoint("vpce-1", "com.amazonaws.us-east-1.s3", "Interface"), "10.0.0.7")
                .inventory();
        Inventory withoutOwner = new Inventory(inventory.schemaVersion(), inventory.scanId(), inventory.name(), inventory.capturedAt(),
                inventory.scope(), List.of(), inventory.securityGroups(), inventory.networkInterfaces(), List.of(), List.of());

        assertThat(AddressAttribution.of(inventory).owner("10.0.0.7")).contains(arn("ec2", "vpc-endpoint/vpce-1"));
        assertThat(AddressAttribution.of(withoutOwner).owner("10.0.0.7")).contains(AddressAttribution.UNATTRIBUTED_PRIVATE);
    }
}

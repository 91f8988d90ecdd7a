package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.InventoryAttribution;

import java.util.Optional;

/**
 * Says which resource of an estate an IP address belongs to.
 *
 * <p>An address is looked up on the network interfaces first (private, public and IPv6 addresses,
 * giving the interface's {@code ownerResourceId} when that resource is in the inventory), then on
 * the resources' own network placement. An address outside the estate is {@value #INTERNET} when
 * it is public, {@value #UNATTRIBUTED_PRIVATE} when it is private (RFC 1918, or an IPv6 unique
 * local address), and unattributed when it is neither (loopback, link-local such as the instance
 * metadata service and the VPC DNS resolver, shared address space, multicast).
 */
public interface AddressAttribution
{
    /** The owner of public addresses outside the estate. */
    String INTERNET = "internet";

    /** The owner of private addresses that no resource of the estate holds. */
    String UNATTRIBUTED_PRIVATE = "unattributed-private";

    /** Attribution against the resources and network interfaces of one inventory. */
    static AddressAttribution of(Inventory inventory)
    {
        return new InventoryAttribution(inventory);
    }

    /**
     * The id of the resource holding the address, or {@link #INTERNET} or {@link #UNATTRIBUTED_PRIVATE};
     * empty when the address is special-purpose or not an IP address at all.
     */
    Optional<String> owner(String address);
}

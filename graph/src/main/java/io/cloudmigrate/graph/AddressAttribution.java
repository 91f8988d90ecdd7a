package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.InventoryAttribution;

import java.util.List;
import java.util.Optional;

/**
 * Says which resource of an estate an IP address belongs to.
 *
 * <p>An address is looked up on the network interfaces first (private, public and IPv6 addresses,
 * giving the interface's {@code ownerResourceId} when that resource is in the inventory), then on
 * the resources' own network placement. An address outside the estate is {@value #INTERNET} when
 * it is public, {@value #UNATTRIBUTED_PRIVATE} when it is private (RFC 1918, or an IPv6 unique
 * local address), and unattributed when it is neither (loopback, link-local such as the instance
 * metadata service and the VPC DNS resolver, shared address space, multicast). Addresses in a
 * configured on-premises CIDR block are {@value #ON_PREMISES} instead; an address a flow log names
 * as an AWS service ({@code pkt-dst-aws-service}) is {@code aws:SERVICE} in {@link Traffic}.
 */
public interface AddressAttribution
{
    /** The owner of public addresses outside the estate. */
    String INTERNET = "internet";

    /** The owner of private addresses that no resource of the estate holds. */
    String UNATTRIBUTED_PRIVATE = "unattributed-private";

    /** The owner of addresses outside the estate in a configured on-premises CIDR block. */
    String ON_PREMISES = "on-premises";

    /** Prefixes the AWS service an address outside the estate belongs to, e.g. {@code aws:S3}. */
    String AWS_SERVICE_PREFIX = "aws:";

    /**
     * Whether an edge end is one of the groups of addresses outside the estate ({@value #INTERNET},
     * {@value #ON_PREMISES}, {@value #UNATTRIBUTED_PRIVATE} or {@code aws:SERVICE}) rather than a resource.
     */
    static boolean outsideEstate(String owner)
    {
        return owner.equals(INTERNET) || owner.equals(ON_PREMISES) || owner.equals(UNATTRIBUTED_PRIVATE) || owner.startsWith(AWS_SERVICE_PREFIX);
    }

    /** Attribution against the resources and network interfaces of one inventory. */
    static AddressAttribution of(Inventory inventory)
    {
        return of(inventory, List.of());
    }

    /**
     * Attribution against one inventory, with addresses outside it in any of {@code onPremisesCidrs}
     * (e.g. {@code 10.100.0.0/16}) owned by {@value #ON_PREMISES}.
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException when a block is not {@code address/length}
     */
    static AddressAttribution of(Inventory inventory, List<String> onPremisesCidrs)
    {
        return new InventoryAttribution(inventory, onPremisesCidrs);
    }

    /**
     * The id of the resource holding the address, or {@link #ON_PREMISES}, {@link #INTERNET} or {@link #UNATTRIBUTED_PRIVATE};
     * empty when the address is special-purpose or not an IP address at all.
     */
    Optional<String> owner(String address);
}

package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.GraphErrorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@link AddressAttribution} over one inventory. The index is built once; a lookup is one hash
 * probe. When two holders claim one address, the first in inventory order (network interfaces by
 * id, then resources by id) wins, so the answer does not depend on hash order.
 */
public final class InventoryAttribution
        implements AddressAttribution
{
    private final Map<String, String> ownerByAddress = new HashMap<>();
    private final List<Cidr> onPremises = new ArrayList<>();

    public InventoryAttribution(Inventory inventory, List<String> onPremisesCidrs)
    {
        requireNonNull(inventory, "inventory is null");
        for (String block : requireNonNull(onPremisesCidrs, "onPremisesCidrs is null")) {
            Cidr cidr = Cidr.parse(block);
            if (cidr == null) {
                throw new CloudMigrateException(GraphErrorCode.MALFORMED_INPUT,
                        "on-premises CIDR '" + block + "' is not an address block; write it as address/length, e.g. 10.100.0.0/16");
            }
            onPremises.add(cidr);
        }
        Set<String> resourceIds = new HashSet<>();
        for (Resource resource : inventory.resources()) {
            resourceIds.add(resource.id());
        }
        for (NetworkInterface networkInterface : inventory.networkInterfaces()) {
            String owner = networkInterface.ownerResourceId();
            // An interface whose owner is not in the inventory says nothing we can use; the placement fallback may.
            if (owner != null && resourceIds.contains(owner)) {
                claim(networkInterface.privateIpAddresses(), owner);
                claim(networkInterface.publicIpAddresses(), owner);
                claim(networkInterface.ipv6Addresses(), owner);
            }
        }
        for (Resource resource : inventory.resources()) {
            claim(resource.network().privateIpAddresses(), resource.id());
            claim(resource.network().publicIpAddresses(), resource.id());
        }
    }

    /**
     * Whether an owner was only inferred from the address's scope ({@link #INTERNET}, {@link #UNATTRIBUTED_PRIVATE}),
     * so that what a flow-log record itself says of the address (an AWS service, an on-premises block) is better.
     */
    static boolean inferredFromScope(String owner)
    {
        return owner.equals(INTERNET) || owner.equals(UNATTRIBUTED_PRIVATE);
    }

    private void claim(List<String> addresses, String owner)
    {
        for (String address : addresses) {
            String canonical = IpAddresses.canonical(address);
            if (canonical != null) {
                ownerByAddress.putIfAbsent(canonical, owner);
            }
        }
    }

    @Override
    public Optional<String> owner(String address)
    {
        requireNonNull(address, "address is null");
        byte[] parsed = IpAddresses.parse(address);
        if (parsed == null) {
            return Optional.empty();
        }
        String owner = ownerByAddress.get(IpAddresses.format(parsed));
        if (owner != null) {
            return Optional.of(owner);
        }
        for (Cidr cidr : onPremises) {
            if (cidr.contains(parsed)) {
                return Optional.of(ON_PREMISES);
            }
        }
        return switch (IpAddresses.scope(parsed)) {
            case PRIVATE -> Optional.of(UNATTRIBUTED_PRIVATE);
            case PUBLIC -> Optional.of(INTERNET);
            case SPECIAL -> Optional.empty();
        };
    }
}

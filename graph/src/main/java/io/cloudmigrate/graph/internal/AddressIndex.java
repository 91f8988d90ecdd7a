package io.cloudmigrate.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The addresses of the workloads, sorted, so that a CIDR block finds the workloads holding an
 * address in it by binary search: O(log n + matches) instead of a scan of every workload's addresses
 * for every rule and target, which made {@code assess} quadratic in the estate.
 */
final class AddressIndex
{
    private record Entry(byte[] address, String resourceId) {}

    private static final Comparator<byte[]> ADDRESS_ORDER = Arrays::compareUnsigned;

    // One list per address length (IPv4, IPv6): a block only ever holds addresses of its own family.
    private final List<Entry> ipv4;
    private final List<Entry> ipv6;

    AddressIndex(Workloads workloads)
    {
        List<Entry> four = new ArrayList<>();
        List<Entry> six = new ArrayList<>();
        for (String resourceId : workloads.ids()) {
            for (byte[] address : workloads.addresses(resourceId)) {
                (address.length == 4 ? four : six).add(new Entry(address, resourceId));
            }
        }
        Comparator<Entry> order = Comparator.comparing(Entry::address, ADDRESS_ORDER).thenComparing(Entry::resourceId);
        four.sort(order);
        six.sort(order);
        this.ipv4 = List.copyOf(four);
        this.ipv6 = List.copyOf(six);
    }

    /** The workloads with at least one address in the block, sorted. */
    SortedSet<String> holders(Cidr block)
    {
        byte[] first = block.first();
        byte[] last = block.last();
        List<Entry> entries = first.length == 4 ? ipv4 : ipv6;
        SortedSet<String> result = new TreeSet<>();
        for (int index = lowerBound(entries, first); index < entries.size() && ADDRESS_ORDER.compare(entries.get(index).address(), last) <= 0; index++) {
            result.add(entries.get(index).resourceId());
        }
        return result;
    }

    private static int lowerBound(List<Entry> entries, byte[] address)
    {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ADDRESS_ORDER.compare(entries.get(middle).address(), address) < 0) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }
}

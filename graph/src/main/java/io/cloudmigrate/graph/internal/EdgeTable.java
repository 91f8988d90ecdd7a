package io.cloudmigrate.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traffic totals per (source, destination, port, protocol) in primitive arrays, so that adding a
 * record allocates nothing: memory grows with the number of edges, never with the number of records.
 *
 * <p>An address is an IPv4 address as its 32 bits, or the number of an IPv6 address in this table's
 * dictionary (IPv6 is rare in flow logs, so it may cost a string). A key is the two addresses packed in
 * one long and the port, protocol and two "is IPv6" flags packed in one int. The index is open
 * addressing with linear probing, at most half full.
 */
final class EdgeTable
{
    static final int SOURCE_IPV6 = 1 << 24;
    static final int TARGET_IPV6 = 1 << 25;
    private static final int OCCUPIED = 1 << 31;

    private final List<String> ipv6Addresses = new ArrayList<>();
    private final Map<String, Integer> ipv6Numbers = new HashMap<>();
    // One edge is eight longs side by side, so that adding to it touches one or two cache lines, not eight arrays.
    private static final int STRIDE = 8;
    private static final int KEY = 1;
    private static final int ACCEPTED = 2;
    private static final int REJECTED = 3;
    private static final int PACKETS = 4;
    private static final int BYTES = 5;
    private static final int FIRST_SEEN = 6;
    private static final int LAST_SEEN = 7;

    // An open-addressing index of edge numbers + 1 (0 for a free slot), small enough to stay in cache, over
    // the edges in order of arrival: slots[edge * STRIDE] is the address pair, + KEY the port, protocol and
    // flags, then the totals.
    private int[] index = new int[1 << 12];
    private long[] slots = new long[(1 << 11) * STRIDE];
    private int size;

    /** The number standing for a canonical IPv6 address in keys of this table. */
    int ipv6Number(String canonicalAddress)
    {
        Integer number = ipv6Numbers.get(canonicalAddress);
        if (number == null) {
            number = ipv6Addresses.size();
            ipv6Addresses.add(canonicalAddress);
            ipv6Numbers.put(canonicalAddress, number);
        }
        return number;
    }

    String ipv6Address(int number)
    {
        return ipv6Addresses.get(number);
    }

    /** Adds totals to an edge; {@code start} and {@code end} may be -1 for absent. */
    void add(long addressPair, int portProtocol, long accepted, long rejected, long packetCount, long byteCount, long start, long end)
    {
        int base = slot(addressPair, portProtocol | OCCUPIED);
        long[] table = slots;
        table[base + ACCEPTED] += accepted;
        table[base + REJECTED] += rejected;
        table[base + PACKETS] += packetCount;
        table[base + BYTES] += byteCount;
        if (start >= 0 && start < table[base + FIRST_SEEN]) {
            table[base + FIRST_SEEN] = start;
        }
        if (end >= 0 && end > table[base + LAST_SEEN]) {
            table[base + LAST_SEEN] = end;
        }
    }

    /** Adds every edge of another table to this one, translating its IPv6 numbers. */
    void addAll(EdgeTable other)
    {
        long[] theirs = other.slots;
        for (int base = 0; base < other.size * STRIDE; base += STRIDE) {
            int portProtocol = (int) theirs[base + KEY];
            long pair = theirs[base];
            int source = (int) (pair >>> 32);
            int target = (int) pair;
            if ((portProtocol & SOURCE_IPV6) != 0) {
                source = ipv6Number(other.ipv6Address(source));
            }
            if ((portProtocol & TARGET_IPV6) != 0) {
                target = ipv6Number(other.ipv6Address(target));
            }
            add(pair(source, target), portProtocol & ~OCCUPIED, theirs[base + ACCEPTED], theirs[base + REJECTED], theirs[base + PACKETS],
                    theirs[base + BYTES], theirs[base + FIRST_SEEN] == Long.MAX_VALUE ? -1 : theirs[base + FIRST_SEEN], theirs[base + LAST_SEEN]);
        }
    }

    static long pair(int source, int target)
    {
        return ((long) source << 32) | (target & 0xffff_ffffL);
    }

    int size()
    {
        return size;
    }

    /** Calls the visitor once per edge, in no particular order. */
    void forEach(EdgeVisitor visitor)
    {
        for (int base = 0; base < size * STRIDE; base += STRIDE) {
            int portProtocol = (int) slots[base + KEY];
            long first = slots[base + FIRST_SEEN];
            long last = slots[base + LAST_SEEN];
            visitor.edge(slots[base], portProtocol & ~OCCUPIED, slots[base + ACCEPTED], slots[base + REJECTED], slots[base + PACKETS],
                    slots[base + BYTES], first == Long.MAX_VALUE ? 0 : first, last == Long.MIN_VALUE ? 0 : last);
        }
    }

    /** Receives one edge of a table. */
    interface EdgeVisitor
    {
        void edge(long addressPair, int portProtocol, long acceptedFlows, long rejectedFlows, long packets, long bytes, long firstSeen, long lastSeen);
    }

    /** The index in {@link #slots} where the edge starts, adding the edge when it is new. */
    private int slot(long addressPair, int occupiedPortProtocol)
    {
        int mask = index.length - 1;
        int position = hash(addressPair, occupiedPortProtocol) & mask;
        while (true) {
            int edge = index[position] - 1;
            if (edge < 0) {
                return add(position, addressPair, occupiedPortProtocol);
            }
            int base = edge * STRIDE;
            if ((int) slots[base + KEY] == occupiedPortProtocol && slots[base] == addressPair) {
                return base;
            }
            position = (position + 1) & mask;
        }
    }

    private int add(int position, long addressPair, int occupiedPortProtocol)
    {
        if ((size + 1) * STRIDE > slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        int base = size * STRIDE;
        slots[base] = addressPair;
        slots[base + KEY] = occupiedPortProtocol & 0xffff_ffffL;
        slots[base + FIRST_SEEN] = Long.MAX_VALUE;
        slots[base + LAST_SEEN] = Long.MIN_VALUE;
        size++;
        index[position] = size;
        if (size * 2 > index.length) {
            rehash(index.length * 2);
        }
        return base;
    }

    private static int hash(long addressPair, int portProtocol)
    {
        long mixed = (addressPair + portProtocol) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private void rehash(int length)
    {
        int[] rebuilt = new int[length];
        int mask = length - 1;
        for (int edge = 0; edge < size; edge++) {
            int base = edge * STRIDE;
            int position = hash(slots[base], (int) slots[base + KEY]) & mask;
            while (rebuilt[position] != 0) {
                position = (position + 1) & mask;
            }
            rebuilt[position] = edge + 1;
        }
        index = rebuilt;
    }
}

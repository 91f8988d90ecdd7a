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
 * one long and the port, protocol and two "is IPv6" flags packed in one int. Open addressing with
 * linear probing, at most half full.
 */
final class EdgeTable
{
    static final int SOURCE_IPV6 = 1 << 24;
    static final int TARGET_IPV6 = 1 << 25;
    private static final int OCCUPIED = 1 << 31;

    private final List<String> ipv6Addresses = new ArrayList<>();
    private final Map<String, Integer> ipv6Numbers = new HashMap<>();
    private long[] addresses;
    private int[] portProtocols;
    private long[] acceptedFlows;
    private long[] rejectedFlows;
    private long[] packets;
    private long[] bytes;
    private long[] firstSeen;
    private long[] lastSeen;
    private int size;

    EdgeTable()
    {
        allocate(1 << 12);
    }

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
        int slot = slot(addressPair, portProtocol | OCCUPIED);
        acceptedFlows[slot] += accepted;
        rejectedFlows[slot] += rejected;
        packets[slot] += packetCount;
        bytes[slot] += byteCount;
        if (start >= 0 && start < firstSeen[slot]) {
            firstSeen[slot] = start;
        }
        if (end >= 0 && end > lastSeen[slot]) {
            lastSeen[slot] = end;
        }
    }

    /** Adds every edge of another table to this one, translating its IPv6 numbers. */
    void addAll(EdgeTable other)
    {
        for (int slot = 0; slot < other.portProtocols.length; slot++) {
            int portProtocol = other.portProtocols[slot];
            if (portProtocol == 0) {
                continue;
            }
            long pair = other.addresses[slot];
            int source = (int) (pair >>> 32);
            int target = (int) pair;
            if ((portProtocol & SOURCE_IPV6) != 0) {
                source = ipv6Number(other.ipv6Address(source));
            }
            if ((portProtocol & TARGET_IPV6) != 0) {
                target = ipv6Number(other.ipv6Address(target));
            }
            add(pair(source, target), portProtocol & ~OCCUPIED, other.acceptedFlows[slot], other.rejectedFlows[slot],
                    other.packets[slot], other.bytes[slot], other.firstSeen[slot] == Long.MAX_VALUE ? -1 : other.firstSeen[slot], other.lastSeen[slot]);
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
        for (int slot = 0; slot < portProtocols.length; slot++) {
            int portProtocol = portProtocols[slot];
            if (portProtocol != 0) {
                visitor.edge(addresses[slot], portProtocol & ~OCCUPIED, acceptedFlows[slot], rejectedFlows[slot], packets[slot], bytes[slot],
                        firstSeen[slot] == Long.MAX_VALUE ? 0 : firstSeen[slot], lastSeen[slot] == Long.MIN_VALUE ? 0 : lastSeen[slot]);
            }
        }
    }

    /** Receives one edge of a table. */
    interface EdgeVisitor
    {
        void edge(long addressPair, int portProtocol, long acceptedFlows, long rejectedFlows, long packets, long bytes, long firstSeen, long lastSeen);
    }

    private int slot(long addressPair, int occupiedPortProtocol)
    {
        int mask = portProtocols.length - 1;
        int slot = hash(addressPair, occupiedPortProtocol) & mask;
        while (true) {
            int existing = portProtocols[slot];
            if (existing == 0) {
                if (size * 2 >= portProtocols.length) {
                    grow();
                    return slot(addressPair, occupiedPortProtocol);
                }
                portProtocols[slot] = occupiedPortProtocol;
                addresses[slot] = addressPair;
                size++;
                return slot;
            }
            if (existing == occupiedPortProtocol && addresses[slot] == addressPair) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int hash(long addressPair, int portProtocol)
    {
        long mixed = (addressPair ^ ((long) portProtocol * 0x9E37_79B9_7F4A_7C15L)) * 0xBF58_476D_1CE4_E5B9L;
        mixed ^= mixed >>> 31;
        mixed *= 0x94D0_49BB_1331_11EBL;
        return (int) (mixed ^ (mixed >>> 29));
    }

    private void grow()
    {
        long[] oldAddresses = addresses;
        int[] oldPortProtocols = portProtocols;
        long[] oldAccepted = acceptedFlows;
        long[] oldRejected = rejectedFlows;
        long[] oldPackets = packets;
        long[] oldBytes = bytes;
        long[] oldFirst = firstSeen;
        long[] oldLast = lastSeen;
        allocate(oldPortProtocols.length * 2);
        for (int old = 0; old < oldPortProtocols.length; old++) {
            if (oldPortProtocols[old] != 0) {
                int slot = slot(oldAddresses[old], oldPortProtocols[old]);
                acceptedFlows[slot] = oldAccepted[old];
                rejectedFlows[slot] = oldRejected[old];
                packets[slot] = oldPackets[old];
                bytes[slot] = oldBytes[old];
                firstSeen[slot] = oldFirst[old];
                lastSeen[slot] = oldLast[old];
            }
        }
    }

    private void allocate(int capacity)
    {
        addresses = new long[capacity];
        portProtocols = new int[capacity];
        acceptedFlows = new long[capacity];
        rejectedFlows = new long[capacity];
        packets = new long[capacity];
        bytes = new long[capacity];
        firstSeen = new long[capacity];
        lastSeen = new long[capacity];
        Arrays.fill(firstSeen, Long.MAX_VALUE);
        Arrays.fill(lastSeen, Long.MIN_VALUE);
        size = 0;
    }
}

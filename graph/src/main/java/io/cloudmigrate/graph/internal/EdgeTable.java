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
    // One edge is five longs side by side, so that adding to it touches one cache line or two, and 20,000
    // edges fit in a core's level-2 cache with their index. Counts and times are 32-bit halves; a count
    // that would overflow its half spills into COLD, which only such rare edges ever touch.
    private static final int STRIDE = 5;
    private static final int KEY_ACCEPTED = 1; // port, protocol and flags in the low half, accepted flows in the high half
    private static final int REJECTED_PACKETS = 2; // rejected flows low, packets high
    private static final int BYTES = 3;
    private static final int FIRST_LAST = 4; // first seen low (0xffffffff: none), last seen high (0: none)
    private static final long LOW = 0xffff_ffffL;
    private static final int COLD_STRIDE = 5;
    private static final int COLD_ACCEPTED = 0;
    private static final int COLD_REJECTED = 1;
    private static final int COLD_PACKETS = 2;
    private static final int COLD_FIRST = 3;
    private static final int COLD_LAST = 4;

    // An open-addressing index of edge numbers + 1 (0 for a free slot) over the edges in order of arrival.
    // Small to start with: a table is made for every piece, and a flow-log prefix may hold thousands of small
    // objects; a large one doubles its way up at a cost that is small beside the records that fill it.
    private int[] index = new int[1 << 9];
    private long[] slots = new long[(1 << 8) * STRIDE];
    // Allocated at the first spill: most tables never need it.
    private long[] cold;
    private int size;

    // Records waiting to be added. Adding them in a tight loop lets the processor look up several edges at
    // once (their cache misses overlap), where adding each between parsing lines would wait for each miss.
    private static final int BATCH = 64;
    private final long[] batchPairs = new long[BATCH];
    private final int[] batchKeys = new int[BATCH];
    private final long[] batchValues = new long[BATCH * 6];
    private int batched;

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

    /**
     * Adds one record's totals to an edge, now or with the next batch; {@link #flush()} (or any method that
     * reads the table) adds what waits.
     */
    void addSoon(long addressPair, int portProtocol, long accepted, long rejected, long packetCount, long byteCount, long start, long end)
    {
        int values = batched * 6;
        batchPairs[batched] = addressPair;
        batchKeys[batched] = portProtocol;
        batchValues[values] = accepted;
        batchValues[values + 1] = rejected;
        batchValues[values + 2] = packetCount;
        batchValues[values + 3] = byteCount;
        batchValues[values + 4] = start;
        batchValues[values + 5] = end;
        if (++batched == BATCH) {
            flush();
        }
    }

    /** Adds the records waiting in the batch. */
    void flush()
    {
        int waiting = batched;
        batched = 0;
        for (int record = 0; record < waiting; record++) {
            int values = record * 6;
            add(batchPairs[record], batchKeys[record], batchValues[values], batchValues[values + 1], batchValues[values + 2],
                    batchValues[values + 3], batchValues[values + 4], batchValues[values + 5]);
        }
    }

    /** Adds totals to an edge; {@code start} and {@code end} may be -1 for absent. */
    void add(long addressPair, int portProtocol, long accepted, long rejected, long packetCount, long byteCount, long start, long end)
    {
        int base = slot(addressPair, portProtocol | OCCUPIED);
        long[] table = slots;
        long keyAccepted = table[base + KEY_ACCEPTED];
        long acceptedTotal = (keyAccepted >>> 32) + accepted;
        if (acceptedTotal > LOW) {
            spill()[base / STRIDE * COLD_STRIDE + COLD_ACCEPTED] += acceptedTotal;
            acceptedTotal = 0;
        }
        table[base + KEY_ACCEPTED] = (keyAccepted & LOW) | (acceptedTotal << 32);
        long rejectedPackets = table[base + REJECTED_PACKETS];
        long rejectedTotal = (rejectedPackets & LOW) + rejected;
        long packetTotal = (rejectedPackets >>> 32) + packetCount;
        if (rejectedTotal > LOW) {
            spill()[base / STRIDE * COLD_STRIDE + COLD_REJECTED] += rejectedTotal;
            rejectedTotal = 0;
        }
        if (packetTotal > LOW) {
            spill()[base / STRIDE * COLD_STRIDE + COLD_PACKETS] += packetTotal;
            packetTotal = 0;
        }
        table[base + REJECTED_PACKETS] = rejectedTotal | (packetTotal << 32);
        table[base + BYTES] += byteCount;
        if (start >= 0 || end >= 0) {
            long firstLast = table[base + FIRST_LAST];
            long first = firstLast & LOW;
            long last = firstLast >>> 32;
            if (start >= LOW) {
                // Past 2106: no flow log has such times, but a wrong one must not wrap around.
                long[] spill = spill();
                int coldBase = base / STRIDE * COLD_STRIDE;
                spill[coldBase + COLD_FIRST] = Math.min(spill[coldBase + COLD_FIRST], start);
            }
            else if (start >= 0 && start < first) {
                first = start;
            }
            if (end > LOW) {
                long[] spill = spill();
                int coldBase = base / STRIDE * COLD_STRIDE;
                spill[coldBase + COLD_LAST] = Math.max(spill[coldBase + COLD_LAST], end);
            }
            else if (end > last) {
                last = end;
            }
            table[base + FIRST_LAST] = first | (last << 32);
        }
    }

    /** Adds every edge of another table to this one, translating its IPv6 numbers. */
    void addAll(EdgeTable other)
    {
        flush();
        other.flush();
        long[] otherSlots = other.slots;
        long[] otherCold = other.cold;
        for (int edge = 0; edge < other.size; edge++) {
            int base = edge * STRIDE;
            long pair = otherSlots[base];
            int portProtocol = (int) otherSlots[base + KEY_ACCEPTED] & ~OCCUPIED;
            if ((portProtocol & (SOURCE_IPV6 | TARGET_IPV6)) != 0) {
                int source = (int) (pair >>> 32);
                int target = (int) pair;
                if ((portProtocol & SOURCE_IPV6) != 0) {
                    source = ipv6Number(other.ipv6Address(source));
                }
                if ((portProtocol & TARGET_IPV6) != 0) {
                    target = ipv6Number(other.ipv6Address(target));
                }
                pair = pair(source, target);
            }
            long keyAccepted = otherSlots[base + KEY_ACCEPTED];
            long rejectedPackets = otherSlots[base + REJECTED_PACKETS];
            long firstLast = otherSlots[base + FIRST_LAST];
            long first = (firstLast & LOW) == LOW ? -1 : firstLast & LOW;
            long last = (firstLast >>> 32) == 0 ? -1 : firstLast >>> 32;
            add(pair, portProtocol, keyAccepted >>> 32, rejectedPackets & LOW, rejectedPackets >>> 32, otherSlots[base + BYTES], first, last);
            if (otherCold != null) {
                // The other table spilled: add its overflow too, with its own times, which add() compares with ours.
                int coldBase = edge * COLD_STRIDE;
                long coldFirst = otherCold[coldBase + COLD_FIRST];
                long coldLast = otherCold[coldBase + COLD_LAST];
                add(pair, portProtocol, otherCold[coldBase + COLD_ACCEPTED], otherCold[coldBase + COLD_REJECTED], otherCold[coldBase + COLD_PACKETS], 0,
                        coldFirst == Long.MAX_VALUE ? -1 : coldFirst, coldLast == Long.MIN_VALUE ? -1 : coldLast);
            }
        }
    }

    static long pair(int source, int target)
    {
        return ((long) source << 32) | (target & 0xffff_ffffL);
    }

    int size()
    {
        flush();
        return size;
    }

    /**
     * Calls the visitor once per edge, in order of arrival. A time never seen is {@link Long#MAX_VALUE}
     * (first) or {@link Long#MIN_VALUE} (last).
     */
    void forEach(EdgeVisitor visitor)
    {
        flush();
        for (int edge = 0; edge < size; edge++) {
            int base = edge * STRIDE;
            int coldBase = edge * COLD_STRIDE;
            boolean spilled = cold != null;
            long keyAccepted = slots[base + KEY_ACCEPTED];
            long rejectedPackets = slots[base + REJECTED_PACKETS];
            long firstLast = slots[base + FIRST_LAST];
            long first = (firstLast & LOW) == LOW ? Long.MAX_VALUE : firstLast & LOW;
            long last = (firstLast >>> 32) == 0 ? Long.MIN_VALUE : firstLast >>> 32;
            visitor.edge(slots[base], (int) keyAccepted & ~OCCUPIED,
                    (keyAccepted >>> 32) + (spilled ? cold[coldBase + COLD_ACCEPTED] : 0),
                    (rejectedPackets & LOW) + (spilled ? cold[coldBase + COLD_REJECTED] : 0),
                    (rejectedPackets >>> 32) + (spilled ? cold[coldBase + COLD_PACKETS] : 0),
                    slots[base + BYTES],
                    spilled ? Math.min(first, cold[coldBase + COLD_FIRST]) : first,
                    spilled ? Math.max(last, cold[coldBase + COLD_LAST]) : last);
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
            if ((int) slots[base + KEY_ACCEPTED] == occupiedPortProtocol && slots[base] == addressPair) {
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
        slots[base + KEY_ACCEPTED] = occupiedPortProtocol & LOW;
        slots[base + FIRST_LAST] = LOW;
        size++;
        index[position] = size;
        if (size * 2 > index.length) {
            rehash(index.length * 2);
        }
        return base;
    }

    /** The spill-over array, allocated or grown to cover every edge the table has room for. */
    private long[] spill()
    {
        int needed = (slots.length / STRIDE) * COLD_STRIDE;
        if (cold == null || cold.length < needed) {
            int oldLength = cold == null ? 0 : cold.length;
            cold = cold == null ? new long[needed] : Arrays.copyOf(cold, needed);
            for (int coldBase = oldLength; coldBase < needed; coldBase += COLD_STRIDE) {
                cold[coldBase + COLD_FIRST] = Long.MAX_VALUE;
                cold[coldBase + COLD_LAST] = Long.MIN_VALUE;
            }
        }
        return cold;
    }

    private static int hash(long addressPair, int portProtocol)
    {
        long mixed = (addressPair ^ ((long) portProtocol << 17)) * 0x9E37_79B9_7F4A_7C15L;
        mixed = (mixed ^ (mixed >>> 29)) * 0xBF58_476D_1CE4_E5B9L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private void rehash(int length)
    {
        int[] rebuilt = new int[length];
        int mask = length - 1;
        for (int edge = 0; edge < size; edge++) {
            int base = edge * STRIDE;
            int position = hash(slots[base], (int) slots[base + KEY_ACCEPTED]) & mask;
            while (rebuilt[position] != 0) {
                position = (position + 1) & mask;
            }
            rebuilt[position] = edge + 1;
        }
        index = rebuilt;
    }
}

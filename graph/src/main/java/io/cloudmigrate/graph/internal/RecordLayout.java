package io.cloudmigrate.graph.internal;

/**
 * Where each field the aggregation reads sits in the records of one {@link FlowLogFormat}, and the
 * reading of one record, already split into fields, into an {@link EdgeTable}.
 */
final class RecordLayout
{
    private final int fieldCount;
    private final int sourceAddress;
    private final int destinationAddress;
    private final int sourcePort;
    private final int destinationPort;
    private final int protocol;
    private final int action;
    private final int packets;
    private final int bytes;
    private final int start;
    private final int end;
    private final int logStatus;
    private final int tcpFlags;
    private final int packetSourceAddress;
    private final int packetDestinationAddress;
    private final int packetSourceAwsService;
    private final int packetDestinationAwsService;

    RecordLayout(FlowLogFormat format)
    {
        fieldCount = format.fieldCount();
        sourceAddress = format.indexOf("srcaddr");
        destinationAddress = format.indexOf("dstaddr");
        sourcePort = format.indexOf("srcport");
        destinationPort = format.indexOf("dstport");
        protocol = format.indexOf("protocol");
        action = format.indexOf("action");
        packets = format.indexOf("packets");
        bytes = format.indexOf("bytes");
        start = format.indexOf("start");
        end = format.indexOf("end");
        logStatus = format.indexOf("log-status");
        tcpFlags = format.indexOf("tcp-flags");
        packetSourceAddress = format.indexOf("pkt-srcaddr");
        packetDestinationAddress = format.indexOf("pkt-dstaddr");
        packetSourceAwsService = format.indexOf("pkt-src-aws-service");
        packetDestinationAwsService = format.indexOf("pkt-dst-aws-service");
    }

    /**
     * Adds one record to {@code result}; returns what is wrong with it instead when it is malformed
     * ({@code null} when it was read, including {@code NODATA} and {@code SKIPDATA}, which add nothing).
     */
    String read(byte[] line, int[] starts, int[] ends, int found, ChunkResult result, ResponseRule responseRule)
    {
        if (found != fieldCount) {
            return "expected " + fieldCount + " fields, found " + found;
        }
        if (logStatus >= 0) {
            int from = starts[logStatus];
            int to = ends[logStatus];
            if (ByteFields.equalsAscii(line, from, to, "NODATA") || ByteFields.equalsAscii(line, from, to, "SKIPDATA")) {
                return null;
            }
            if (!ByteFields.equalsAscii(line, from, to, "OK")) {
                return "log-status must be OK, NODATA or SKIPDATA, found '" + ByteFields.text(line, from, to) + "'";
            }
        }
        EdgeTable table = result.edges;
        long source = address(line, starts[sourceAddress], ends[sourceAddress], table);
        if (source < 0) {
            return addressProblem(line, starts[sourceAddress], ends[sourceAddress], "srcaddr", source);
        }
        long destination = address(line, starts[destinationAddress], ends[destinationAddress], table);
        if (destination < 0) {
            return addressProblem(line, starts[destinationAddress], ends[destinationAddress], "dstaddr", destination);
        }
        long fromPort = ByteFields.number(line, starts[sourcePort], ends[sourcePort]);
        long toPort = ByteFields.number(line, starts[destinationPort], ends[destinationPort]);
        long protocolNumber = ByteFields.number(line, starts[protocol], ends[protocol]);
        if (fromPort < 0 || fromPort > 65_535) {
            return numberProblem(line, starts[sourcePort], ends[sourcePort], "srcport", fromPort, 65_535);
        }
        if (toPort < 0 || toPort > 65_535) {
            return numberProblem(line, starts[destinationPort], ends[destinationPort], "dstport", toPort, 65_535);
        }
        if (protocolNumber < 0 || protocolNumber > 255) {
            return numberProblem(line, starts[protocol], ends[protocol], "protocol", protocolNumber, 255);
        }
        long packetCount = optional(line, starts, ends, packets);
        long byteCount = optional(line, starts, ends, bytes);
        long startTime = optional(line, starts, ends, start);
        long endTime = optional(line, starts, ends, end);
        long flags = optional(line, starts, ends, tcpFlags);
        String numberProblem = firstNotANumber(line, starts, ends, packetCount, byteCount, startTime, endTime, flags);
        if (numberProblem != null) {
            return numberProblem;
        }
        boolean accepted;
        int actionStart = starts[action];
        int actionEnd = ends[action];
        if (ByteFields.equalsAscii(line, actionStart, actionEnd, "ACCEPT")) {
            accepted = true;
        }
        else if (ByteFields.equalsAscii(line, actionStart, actionEnd, "REJECT")) {
            accepted = false;
        }
        else {
            return "action must be ACCEPT or REJECT, found '" + ByteFields.text(line, actionStart, actionEnd) + "'";
        }

        int protocolValue = (int) protocolNumber;
        boolean response = responseRule.isResponse(protocolValue, (int) fromPort, (int) toPort, flags);
        int sourceFlag = (source & IPV6_MARK) != 0 ? EdgeTable.SOURCE_IPV6 : 0;
        int destinationFlag = (destination & IPV6_MARK) != 0 ? EdgeTable.TARGET_IPV6 : 0;
        long addressPair;
        int portProtocol;
        if (response) {
            addressPair = EdgeTable.pair((int) destination, (int) source);
            portProtocol = (int) fromPort | (protocolValue << 16) | (destinationFlag == 0 ? 0 : EdgeTable.SOURCE_IPV6) | (sourceFlag == 0 ? 0 : EdgeTable.TARGET_IPV6);
        }
        else {
            addressPair = EdgeTable.pair((int) source, (int) destination);
            portProtocol = (int) toPort | (protocolValue << 16) | sourceFlag | destinationFlag;
        }
        long flows = response ? 0 : 1;
        table.addSoon(addressPair, portProtocol, accepted ? flows : 0, accepted ? 0 : flows,
                accepted ? Math.max(packetCount, 0) : 0, accepted ? Math.max(byteCount, 0) : 0, startTime, endTime);
        awsService(line, starts, ends, packetSourceAwsService, packetSourceAddress, sourceAddress, result);
        awsService(line, starts, ends, packetDestinationAwsService, packetDestinationAddress, destinationAddress, result);
        return null;
    }

    // Marks an IPv6 dictionary number in the result of address(), above the 32 bits of an IPv4 address.
    private static final long IPV6_MARK = 1L << 40;

    private static long address(byte[] line, int from, int to, EdgeTable table)
    {
        long ipv4 = ByteFields.ipv4(line, from, to);
        if (ipv4 != ByteFields.NOT_IPV4 || !ByteFields.contains(line, from, to, (byte) ':')) {
            return ipv4;
        }
        byte[] parsed = IpAddresses.parse(ByteFields.text(line, from, to));
        if (parsed == null) {
            return ByteFields.NOT_IPV4;
        }
        if (parsed.length == 4) {
            return ((parsed[0] & 0xffL) << 24) | ((parsed[1] & 0xff) << 16) | ((parsed[2] & 0xff) << 8) | (parsed[3] & 0xff);
        }
        return IPV6_MARK | table.ipv6Number(IpAddresses.format(parsed));
    }

    private static String addressProblem(byte[] line, int from, int to, String name, long outcome)
    {
        if (outcome == ByteFields.ABSENT) {
            return name + " is absent in a record with traffic";
        }
        return name + " is not an IP address: '" + ByteFields.text(line, from, to) + "'";
    }

    private static String numberProblem(byte[] line, int from, int to, String name, long outcome, long maximum)
    {
        if (outcome == ByteFields.ABSENT) {
            return name + " is absent in a record with traffic";
        }
        if (outcome == ByteFields.NOT_A_NUMBER) {
            return name + " is not a number: '" + ByteFields.text(line, from, to) + "'";
        }
        return name + " is out of range (0-" + maximum + "): '" + ByteFields.text(line, from, to) + "'";
    }

    private static long optional(byte[] line, int[] starts, int[] ends, int index)
    {
        return index < 0 ? ByteFields.ABSENT : ByteFields.number(line, starts[index], ends[index]);
    }

    private String firstNotANumber(byte[] line, int[] starts, int[] ends, long packetCount, long byteCount, long startTime, long endTime, long flags)
    {
        if (packetCount == ByteFields.NOT_A_NUMBER) {
            return numberProblem(line, starts[packets], ends[packets], "packets", packetCount, 0);
        }
        if (byteCount == ByteFields.NOT_A_NUMBER) {
            return numberProblem(line, starts[bytes], ends[bytes], "bytes", byteCount, 0);
        }
        if (startTime == ByteFields.NOT_A_NUMBER) {
            return numberProblem(line, starts[start], ends[start], "start", startTime, 0);
        }
        if (endTime == ByteFields.NOT_A_NUMBER) {
            return numberProblem(line, starts[end], ends[end], "end", endTime, 0);
        }
        if (flags == ByteFields.NOT_A_NUMBER) {
            return numberProblem(line, starts[tcpFlags], ends[tcpFlags], "tcp-flags", flags, 0);
        }
        return null;
    }

    /** Remembers which AWS service an address belongs to, from the packet address when the format has it. */
    private static void awsService(byte[] line, int[] starts, int[] ends, int serviceField, int packetAddressField, int addressField, ChunkResult result)
    {
        if (serviceField < 0 || ByteFields.isAbsent(line, starts[serviceField], ends[serviceField])) {
            return;
        }
        int field = packetAddressField >= 0 && !ByteFields.isAbsent(line, starts[packetAddressField], ends[packetAddressField]) ? packetAddressField : addressField;
        String address = IpAddresses.canonical(ByteFields.text(line, starts[field], ends[field]));
        if (address != null) {
            result.awsServices.putIfAbsent(address, ByteFields.text(line, starts[serviceField], ends[serviceField]));
        }
    }
}

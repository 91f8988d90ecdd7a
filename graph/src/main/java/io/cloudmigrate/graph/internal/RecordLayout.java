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
    private final int[] numberFields;
    // Scratch for one record: a layout belongs to one parsing thread.
    private final long[] numbers;

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
        numberFields = new int[] {sourcePort, destinationPort, protocol, packets, bytes, start, end, tcpFlags};
        numbers = new long[numberFields.length];
    }

    // The numeric fields, read in one loop so that the compiler makes one copy of the number parser, not eight.
    private static final String[] NUMBER_NAMES = {"srcport", "dstport", "protocol", "packets", "bytes", "start", "end", "tcp-flags"};
    // The largest value of each; -1 for no limit. The first three must be present.
    private static final long[] NUMBER_MAXIMA = {65_535, 65_535, 255, -1, -1, -1, -1, -1};
    private static final int REQUIRED_NUMBERS = 3;
    private static final int SOURCE_PORT = 0;
    private static final int DESTINATION_PORT = 1;
    private static final int PROTOCOL = 2;
    private static final int PACKETS = 3;
    private static final int BYTES = 4;
    private static final int START = 5;
    private static final int END = 6;
    private static final int TCP_FLAGS = 7;

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
            if (!ByteFields.equalsAscii(line, from, to, "OK")) {
                return ByteFields.equalsAscii(line, from, to, "NODATA") || ByteFields.equalsAscii(line, from, to, "SKIPDATA")
                        ? null
                        : "log-status must be OK, NODATA or SKIPDATA, found '" + ByteFields.text(line, from, to) + "'";
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
        long[] numbers = this.numbers;
        int[] fields = numberFields;
        boolean wellFormed = true;
        for (int number = 0; number < fields.length; number++) {
            int field = fields[number];
            long value = field < 0 ? ByteFields.ABSENT : ByteFields.number(line, starts[field], ends[field]);
            numbers[number] = value;
            wellFormed &= value != ByteFields.NOT_A_NUMBER && (number >= REQUIRED_NUMBERS || (value >= 0 && value <= NUMBER_MAXIMA[number]));
        }
        if (!wellFormed) {
            return numberProblem(line, starts, ends);
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

        int fromPort = (int) numbers[SOURCE_PORT];
        int toPort = (int) numbers[DESTINATION_PORT];
        int protocolValue = (int) numbers[PROTOCOL];
        boolean response = responseRule.isResponse(protocolValue, fromPort, toPort, numbers[TCP_FLAGS]);
        int sourceFlag = (source & IPV6_MARK) != 0 ? EdgeTable.SOURCE_IPV6 : 0;
        int destinationFlag = (destination & IPV6_MARK) != 0 ? EdgeTable.TARGET_IPV6 : 0;
        long addressPair;
        int portProtocol;
        if (response) {
            addressPair = EdgeTable.pair((int) destination, (int) source);
            portProtocol = fromPort | (protocolValue << 16) | (destinationFlag == 0 ? 0 : EdgeTable.SOURCE_IPV6) | (sourceFlag == 0 ? 0 : EdgeTable.TARGET_IPV6);
        }
        else {
            addressPair = EdgeTable.pair((int) source, (int) destination);
            portProtocol = toPort | (protocolValue << 16) | sourceFlag | destinationFlag;
        }
        long flows = response ? 0 : 1;
        table.addSoon(addressPair, portProtocol, accepted ? flows : 0, accepted ? 0 : flows,
                accepted ? Math.max(numbers[PACKETS], 0) : 0, accepted ? Math.max(numbers[BYTES], 0) : 0, numbers[START], numbers[END]);
        if (packetSourceAwsService >= 0 || packetDestinationAwsService >= 0) {
            awsService(line, starts, ends, packetSourceAwsService, packetSourceAddress, sourceAddress, result);
            awsService(line, starts, ends, packetDestinationAwsService, packetDestinationAddress, destinationAddress, result);
        }
        return null;
    }

    /** The message for the first numeric field in error, in field-name order of the checks. */
    private String numberProblem(byte[] line, int[] starts, int[] ends)
    {
        for (int number = 0; number < numberFields.length; number++) {
            int field = numberFields[number];
            long value = numbers[number];
            if (number < REQUIRED_NUMBERS && value == ByteFields.ABSENT) {
                return NUMBER_NAMES[number] + " is absent in a record with traffic";
            }
            if (value == ByteFields.NOT_A_NUMBER) {
                return NUMBER_NAMES[number] + " is not a number: '" + ByteFields.text(line, starts[field], ends[field]) + "'";
            }
            if (number < REQUIRED_NUMBERS && value > NUMBER_MAXIMA[number]) {
                return NUMBER_NAMES[number] + " is out of range (0-" + NUMBER_MAXIMA[number] + "): '" + ByteFields.text(line, starts[field], ends[field]) + "'";
            }
        }
        throw new IllegalStateException("no numeric field is in error");
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

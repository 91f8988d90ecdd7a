package io.cloudmigrate.graph.internal;

/**
 * Where each field the aggregation reads sits in the records of one {@link FlowLogFormat}, and the
 * reading of one record into an {@link EdgeTable}: in one pass when it is well formed, else from its
 * fields, split first.
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

    // For reading in one pass: what each field is, and for a number its place in the scratch and its range.
    // A number field the format lacks stays ABSENT in the scratch of this path, which writes only the others.
    private static final byte SKIPPED = 0;
    private static final byte SOURCE_ADDRESS = 1;
    private static final byte DESTINATION_ADDRESS = 2;
    private static final byte NUMBER = 3;
    private static final byte ACTION = 4;
    private static final byte STATUS = 5;
    private static final byte ABSENT_SERVICE = 6;
    private static final long ACCEPT_WORD = word("ACCEPT");
    private static final long REJECT_WORD = word("REJECT");
    private static final long OK_WORD = word("OK");
    private static final long SIX_BYTES = 0xffff_ffff_ffffL;
    private static final long TWO_BYTES = 0xffffL;
    private final byte[] kinds;
    private final int[] numberSlots;
    private final long[] minima;
    private final long[] maxima;
    private final long[] onePassNumbers;
    // The default format has a reading of its own (Version2Records), the same in straight-line code.
    private final boolean version2;

    RecordLayout(FlowLogFormat format)
    {
        version2 = format.equals(FlowLogFormat.VERSION_2);
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

        kinds = new byte[fieldCount];
        numberSlots = new int[fieldCount];
        minima = new long[fieldCount];
        maxima = new long[fieldCount];
        onePassNumbers = new long[numberFields.length];
        for (int number = numberFields.length - 1; number >= 0; number--) {
            int field = numberFields[number];
            onePassNumbers[number] = ByteFields.ABSENT;
            if (field >= 0) {
                kinds[field] = NUMBER;
                numberSlots[field] = number;
                minima[field] = number < REQUIRED_NUMBERS ? 0 : ByteFields.ABSENT;
                maxima[field] = NUMBER_MAXIMA[number] < 0 ? Long.MAX_VALUE : NUMBER_MAXIMA[number];
            }
        }
        setKind(packetSourceAwsService, ABSENT_SERVICE);
        setKind(packetDestinationAwsService, ABSENT_SERVICE);
        setKind(logStatus, STATUS);
        setKind(action, ACTION);
        setKind(destinationAddress, DESTINATION_ADDRESS);
        setKind(sourceAddress, SOURCE_ADDRESS);
    }

    private void setKind(int field, byte kind)
    {
        if (field >= 0) {
            kinds[field] = kind;
        }
    }

    private static long word(String text)
    {
        long word = 0;
        for (int index = text.length() - 1; index >= 0; index--) {
            word = (word << 8) | text.charAt(index);
        }
        return word;
    }

    /**
     * Reads the line at {@code start} in one pass when it is an ordinary record: IPv4 addresses, status OK, no AWS
     * service named, every field well formed, one space between fields and a newline after the last. Returns
     * where the next line starts, or -1, having added nothing, for any other line: the caller then splits it
     * and reads it with {@link #read}, which decides everything this path declines. The fields are found and
     * converted together, most of them from one eight-byte word each, and nothing is remembered of a field
     * once it is read.
     */
    int readInOnePass(byte[] line, int start, EdgeTable table, ResponseRule responseRule)
    {
        if (version2) {
            return Version2Records.readInOnePass(line, start, table, responseRule);
        }
        long[] numbers = onePassNumbers;
        long source = 0;
        long destination = 0;
        boolean accepted = false;
        int position = start;
        int last = fieldCount - 1;
        for (int field = 0; field <= last; field++) {
            long word = ByteFields.word(line, position);
            long delimiters = ByteFields.delimiters(word);
            int end = delimiters != 0 ? position + ByteFields.bytesBefore(delimiters) : ByteFields.delimiter(line, position + Long.BYTES);
            int length = end - position;
            if (length == 0 || line[end] != (field == last ? '\n' : ' ')) {
                return -1;
            }
            switch (kinds[field]) {
                case SKIPPED -> {}
                case NUMBER -> {
                    long value;
                    if (length == 1 && (byte) word == '-') {
                        value = ByteFields.ABSENT;
                    }
                    else {
                        value = length < Long.BYTES ? ByteFields.digits(word, length) : ByteFields.number(line, position, end);
                    }
                    if (value < minima[field] || value > maxima[field]) {
                        return -1;
                    }
                    numbers[numberSlots[field]] = value;
                }
                case SOURCE_ADDRESS -> {
                    source = ByteFields.ipv4(line, position, end);
                    if (source < 0) {
                        return -1;
                    }
                }
                case DESTINATION_ADDRESS -> {
                    destination = ByteFields.ipv4(line, position, end);
                    if (destination < 0) {
                        return -1;
                    }
                }
                case ACTION -> {
                    long text = word & SIX_BYTES;
                    if (length != 6 || (text != ACCEPT_WORD && text != REJECT_WORD)) {
                        return -1;
                    }
                    accepted = text == ACCEPT_WORD;
                }
                case STATUS -> {
                    if (length != 2 || (word & TWO_BYTES) != OK_WORD) {
                        return -1;
                    }
                }
                case ABSENT_SERVICE -> {
                    if (length != 1 || (byte) word != '-') {
                        return -1;
                    }
                }
                default -> throw new IllegalStateException("unknown field kind " + kinds[field]);
            }
            position = end + 1;
        }
        add(table, source, destination, accepted, numbers, responseRule);
        return position;
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

        add(table, source, destination, accepted, numbers, responseRule);
        if (packetSourceAwsService >= 0 || packetDestinationAwsService >= 0) {
            awsService(line, starts, ends, packetSourceAwsService, packetSourceAddress, sourceAddress, result);
            awsService(line, starts, ends, packetDestinationAwsService, packetDestinationAddress, destinationAddress, result);
        }
        return null;
    }

    /** Adds a record read from its fields to the edge of its key, folded onto its request when it is a response. */
    private static void add(EdgeTable table, long source, long destination, boolean accepted, long[] numbers, ResponseRule responseRule)
    {
        add(table, source, destination, accepted, (int) numbers[SOURCE_PORT], (int) numbers[DESTINATION_PORT], (int) numbers[PROTOCOL], numbers[TCP_FLAGS],
                numbers[PACKETS], numbers[BYTES], numbers[START], numbers[END], responseRule);
    }

    /** Adds a record to the edge of its key; packets, bytes and times may be {@link ByteFields#ABSENT}. */
    static void add(EdgeTable table, long source, long destination, boolean accepted, int fromPort, int toPort, int protocolValue, long tcpFlags,
            long packetCount, long byteCount, long first, long last, ResponseRule responseRule)
    {
        boolean response = responseRule.isResponse(protocolValue, fromPort, toPort, tcpFlags);
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
                accepted ? Math.max(packetCount, 0) : 0, accepted ? Math.max(byteCount, 0) : 0, first, last);
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

package io.cloudmigrate.graph.internal;

/**
 * {@link RecordLayout#readInOnePass} for the default version 2 format, whose fields it knows by position:
 * the same checks and the same result, in straight-line code. The general reading looks up what each field
 * is and where its number goes, field after field; the default format is what nearly every flow log without
 * a header line is in, and this reading is what most of a large {@code flows} run spends its time on.
 */
final class Version2Records
{
    private static final long ACCEPT_WORD = word("ACCEPT");
    private static final long REJECT_WORD = word("REJECT");
    private static final long OK_WORD = word("OK");
    private static final long SIX_BYTES = 0xffff_ffff_ffffL;
    private static final long TWO_BYTES = 0xffffL;
    private static final int MAXIMUM_PORT = 65_535;
    private static final int MAXIMUM_PROTOCOL = 255;

    private Version2Records() {}

    /**
     * Reads the version 2 record at {@code start} when it is an ordinary one (see {@link RecordLayout#readInOnePass});
     * returns where the next line starts, or -1, having added nothing.
     */
    static int readInOnePass(byte[] line, int start, EdgeTable table, ResponseRule responseRule)
    {
        // version, account-id, interface-id: only their ends matter.
        int end = end(line, start, ' ');
        if (end < 0 || (end = end(line, end + 1, ' ')) < 0 || (end = end(line, end + 1, ' ')) < 0) {
            return -1;
        }
        int position = end + 1;
        if ((end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long source = ByteFields.ipv4(line, position, end);
        position = end + 1;
        if (source < 0 || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long destination = ByteFields.ipv4(line, position, end);
        position = end + 1;
        if (destination < 0 || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long sourcePort = number(line, position, end);
        position = end + 1;
        if (sourcePort < 0 || sourcePort > MAXIMUM_PORT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long destinationPort = number(line, position, end);
        position = end + 1;
        if (destinationPort < 0 || destinationPort > MAXIMUM_PORT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long protocol = number(line, position, end);
        position = end + 1;
        if (protocol < 0 || protocol > MAXIMUM_PROTOCOL || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        // packets, bytes, start and end may be absent ('-'), never anything but a number.
        long packets = number(line, position, end);
        position = end + 1;
        if (packets < ByteFields.ABSENT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long bytes = number(line, position, end);
        position = end + 1;
        if (bytes < ByteFields.ABSENT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long first = number(line, position, end);
        position = end + 1;
        if (first < ByteFields.ABSENT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long last = number(line, position, end);
        position = end + 1;
        if (last < ByteFields.ABSENT || (end = end(line, position, ' ')) < 0) {
            return -1;
        }
        long action = ByteFields.word(line, position) & SIX_BYTES;
        if (end - position != 6 || (action != ACCEPT_WORD && action != REJECT_WORD)) {
            return -1;
        }
        position = end + 1;
        if ((end = end(line, position, '\n')) < 0 || end - position != 2 || (ByteFields.word(line, position) & TWO_BYTES) != OK_WORD) {
            return -1;
        }
        RecordLayout.add(table, source, destination, action == ACCEPT_WORD, (int) sourcePort, (int) destinationPort, (int) protocol, ByteFields.ABSENT,
                packets, bytes, first, last, responseRule);
        return end + 1;
    }

    /** Where the field at {@code position} ends, or -1 when it is empty or not followed by {@code separator}. */
    private static int end(byte[] line, int position, char separator)
    {
        long delimiters = ByteFields.delimiters(ByteFields.word(line, position));
        int end = delimiters != 0 ? position + ByteFields.bytesBefore(delimiters) : ByteFields.delimiter(line, position + Long.BYTES);
        return end == position || line[end] != separator ? -1 : end;
    }

    /** The non-empty field as a number, {@link ByteFields#ABSENT} or {@link ByteFields#NOT_A_NUMBER}, as the general reading converts it. */
    private static long number(byte[] line, int position, int end)
    {
        int length = end - position;
        if (length == 1 && line[position] == '-') {
            return ByteFields.ABSENT;
        }
        return length < Long.BYTES ? ByteFields.digits(ByteFields.word(line, position), length) : ByteFields.number(line, position, end);
    }

    private static long word(String text)
    {
        long word = 0;
        for (int index = text.length() - 1; index >= 0; index--) {
            word = (word << 8) | text.charAt(index);
        }
        return word;
    }
}

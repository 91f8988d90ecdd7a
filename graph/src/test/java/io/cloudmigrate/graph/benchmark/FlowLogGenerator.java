package io.cloudmigrate.graph.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a version 2 flow-log file for the benchmark: a fixed set of client → server conversations
 * (so the edges are few and the records many, as in real estates), records drawn from them at random
 * with a fixed seed, a few percent rejected and one in a thousand {@code NODATA}.
 *
 * <p>{@link Kind#REQUESTS}: every record is a request (ephemeral source port, service destination
 * port), so that a plain {@code GROUP BY}, which folds no responses, gives the same edges.
 * {@link Kind#NOISY}: requests and their responses, and three records in a hundred from internet
 * scanners (many public sources, rejected, on the ports scanners try), as an internet-facing estate
 * logs them.
 */
final class FlowLogGenerator
{
    /** What the file holds. */
    enum Kind
    {
        REQUESTS(20_000),
        NOISY(4_000);

        final int conversations;

        Kind(int conversations)
        {
            this.conversations = conversations;
        }
    }

    static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    private static final int[] SERVICE_PORTS = {443, 80, 5432, 3306, 6379, 8080, 22, 9092};
    private static final int[] SCANNED_PORTS = {22, 23, 80, 443, 445, 1433, 3306, 3389, 5900, 8080};
    private static final int SCANNERS = 60_000;
    private static final int SCANNED_TARGETS = 40;
    private static final long START = 1_700_000_000L;

    private FlowLogGenerator() {}

    static void generate(Path file, long records, Kind kind)
            throws IOException
    {
        SplittableRandom random = new SplittableRandom(20_261_122L);
        int conversations = kind.conversations;
        int[] clients = new int[conversations];
        int[] servers = new int[conversations];
        int[] ports = new int[conversations];
        for (int index = 0; index < conversations; index++) {
            clients[index] = address(10, random.nextInt(4), random.nextInt(256));
            servers[index] = random.nextInt(20) == 0 ? address(52, random.nextInt(256), random.nextInt(256)) : address(10, 8 + random.nextInt(2), random.nextInt(64));
            ports[index] = SERVICE_PORTS[random.nextInt(SERVICE_PORTS.length)];
        }
        int[] scanners = new int[SCANNERS];
        for (int index = 0; index < SCANNERS; index++) {
            // Public addresses only: first octets 11 to 99 and 101 to 126 hold no private or special block.
            int first = 11 + random.nextInt(115);
            scanners[index] = address(first == 100 ? 101 : first, random.nextInt(256), random.nextInt(256));
        }
        StringBuilder line = new StringBuilder(160);
        try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            output.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (long record = 0; record < records; record++) {
                line.setLength(0);
                int conversation = random.nextInt(conversations);
                long start = START + record / 1000;
                line.append("2 123456789012 eni-0a1b2c3d4e5f6").append(7000 + conversation % 1000).append(' ');
                if (random.nextInt(1000) == 0) {
                    line.append("- - - - - - - ").append(start).append(' ').append(start + 60).append(" - NODATA\n");
                }
                else if (kind == Kind.NOISY && random.nextInt(100) < 3) {
                    appendAddress(line, scanners[random.nextInt(SCANNERS)]).append(' ');
                    appendAddress(line, servers[random.nextInt(SCANNED_TARGETS)]).append(' ');
                    line.append(40_000 + random.nextInt(25_000)).append(' ').append(SCANNED_PORTS[random.nextInt(SCANNED_PORTS.length)]).append(" 6 1 ");
                    line.append(40 + random.nextInt(40)).append(' ').append(start).append(' ').append(start + 1).append(" REJECT OK\n");
                }
                else {
                    boolean response = kind == Kind.NOISY && random.nextBoolean();
                    int ephemeral = 32_768 + random.nextInt(28_000);
                    appendAddress(line, response ? servers[conversation] : clients[conversation]).append(' ');
                    appendAddress(line, response ? clients[conversation] : servers[conversation]).append(' ');
                    line.append(response ? ports[conversation] : ephemeral).append(' ').append(response ? ephemeral : ports[conversation]).append(" 6 ");
                    line.append(1 + random.nextInt(200)).append(' ').append(40 + random.nextInt(150_000)).append(' ');
                    line.append(start).append(' ').append(start + 1 + random.nextInt(60));
                    line.append(random.nextInt(30) == 0 ? " REJECT OK\n" : " ACCEPT OK\n");
                }
                for (int index = 0; index < line.length(); index++) {
                    output.write(line.charAt(index));
                }
            }
        }
    }

    private static int address(int first, int second, int third)
    {
        return (first << 24) | (second << 16) | (third << 8) | (1 + (third * 7 + second) % 250);
    }

    private static StringBuilder appendAddress(StringBuilder line, int address)
    {
        return line.append((address >>> 24) & 0xff).append('.').append((address >>> 16) & 0xff).append('.')
                .append((address >>> 8) & 0xff).append('.').append(address & 0xff);
    }
}

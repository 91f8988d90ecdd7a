package io.cloudmigrate.server.scale;

import io.cloudmigrate.server.scale.SyntheticApplication.Conversation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes version 2 VPC flow logs of the synthetic estate, one file per region: each conversation
 * of each application as requests and their responses, spread over a day.
 */
final class SyntheticFlowLogs
{
    private static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    private static final long DAY_START = 1_793_404_800L;

    private final Path directory;
    private final long seed;
    private final int recordsPerResource;

    SyntheticFlowLogs(Path directory, long seed, int recordsPerResource)
    {
        this.directory = directory;
        this.seed = seed;
        this.recordsPerResource = recordsPerResource;
    }

    /** Writes the files and returns the number of records. */
    long write(List<SyntheticApplication> applications)
    {
        SyntheticEstate.createDirectories(directory);
        long records = 0;
        for (String region : SyntheticEstate.REGIONS) {
            SplittableRandom random = new SplittableRandom(seed * 31 + region.hashCode());
            Path file = directory.resolve(SyntheticEstate.ACCOUNT_ID + "-" + region + ".log");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                out.write(HEADER);
                out.write('\n');
                for (SyntheticApplication application : applications) {
                    if (application.region.equals(region)) {
                        records += write(out, application, random);
                    }
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    private long write(BufferedWriter out, SyntheticApplication application, SplittableRandom random)
            throws IOException
    {
        List<Conversation> conversations = application.conversations();
        // Each exchange is two records (request and response).
        int exchanges = Math.max(conversations.size(), recordsPerResource * SyntheticApplication.RESOURCES / 2);
        for (int index = 0; index < exchanges; index++) {
            Conversation conversation = conversations.get(index % conversations.size());
            int clientPort = 32_768 + random.nextInt(28_000);
            long start = DAY_START + random.nextInt(86_000);
            long end = start + 1 + random.nextInt(300);
            int packets = 1 + random.nextInt(20);
            String observedAt = conversation.targetInterface();
            record(out, observedAt, conversation.sourceAddress(), conversation.targetAddress(), clientPort, conversation.port(), packets,
                    packets * (60L + random.nextInt(1400)), start, end);
            record(out, observedAt, conversation.targetAddress(), conversation.sourceAddress(), conversation.port(), clientPort, packets,
                    packets * (60L + random.nextInt(1400)), start, end);
        }
        return 2L * exchanges;
    }

    private static void record(BufferedWriter out, String networkInterface, String source, String destination, int sourcePort, int destinationPort,
            int packets, long bytes, long start, long end)
            throws IOException
    {
        out.write("2 " + SyntheticEstate.ACCOUNT_ID + " " + networkInterface + " " + source + " " + destination + " " + sourcePort + " "
                + destinationPort + " 6 " + packets + " " + bytes + " " + start + " " + end + " ACCEPT OK\n");
    }
}

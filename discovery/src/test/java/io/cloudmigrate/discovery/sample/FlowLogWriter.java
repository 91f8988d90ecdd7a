package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleTraffic.Connection;
import io.cloudmigrate.discovery.sample.SampleTraffic.Gap;
import io.cloudmigrate.discovery.sample.SampleTraffic.Peer;
import io.cloudmigrate.discovery.sample.SampleTraffic.Schedule;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code flow-logs/<account-id>-<region>.log}: VPC flow-log records (default version 2
 * format, after the header line S3 delivery writes) for one day, 2026-10-31, derived from the
 * connections of the topology. Each accepted connection appears on every ENI it crosses, in both
 * directions: the request (client ephemeral port to server port) and the response. Traffic through
 * a NAT gateway also appears on the gateway's ENI, before and after translation. Rejected probes
 * appear once, on the server's ENI.
 */
final class FlowLogWriter
{
    static final String HEADER = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status";
    static final long DAY_START = LocalDate.of(2026, 10, 31).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final int TCP = 6;

    private final SampleTopology topology;
    private final AwsCliJsonWriter out;
    private final Map<AccountRegion, List<Record>> records = new LinkedHashMap<>();
    private int sequence;

    private record Record(long start, int sequence, String text) {}

    /** One direction of one flow. */
    private record Packet(String source, String destination, int sourcePort, int destinationPort, long packets, long bytes) {}

    FlowLogWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
        topology.regions().forEach(region -> records.put(region, new ArrayList<>()));
    }

    void write()
    {
        List<Connection> connections = topology.connections();
        for (int index = 0; index < connections.size(); index++) {
            writeConnection(index, connections.get(index));
        }
        for (Gap gap : topology.gaps()) {
            NetworkInterface networkInterface = topology.interfacesOf(gap.owner()).get(gap.interfaceIndex());
            long start = DAY_START + gap.hour() * 3600L;
            add(networkInterface, start, String.join(" ", "2", networkInterface.where().accountId(), networkInterface.id(),
                    "-", "-", "-", "-", "-", "-", "-", String.valueOf(start), String.valueOf(start + 600), "-", gap.status().name()));
        }
        records.forEach((region, lines) -> {
            if (!lines.isEmpty()) {
                StringBuilder text = new StringBuilder(HEADER).append('\n');
                lines.stream()
                        .sorted(Comparator.comparingLong(Record::start).thenComparingInt(Record::sequence))
                        .forEach(line -> text.append(line.text()).append('\n'));
                out.writeText("flow-logs/" + region.accountId() + "-" + region.region() + ".log", text.toString());
            }
        });
    }

    private void writeConnection(int index, Connection connection)
    {
        String key = "connection:" + index;
        List<Long> windows = windows(connection.schedule());
        List<NetworkInterface> clients = connection.client() instanceof Peer.Owned owned ? topology.interfacesOf(owned.owner()) : List.of();
        List<NetworkInterface> servers = connection.server() instanceof Peer.Owned owned ? topology.interfacesOf(owned.owner()) : List.of();
        for (int window = 0; window < windows.size(); window++) {
            int jitterMinutes = Math.floorMod(SampleIds.hash(key + ":jitter:" + window), connection.schedule() == Schedule.NIGHTLY ? 20 : 50);
            long windowStart = windows.get(window) + jitterMinutes * 60L;
            for (int flow = 0; flow < connection.flowsPerWindow(); flow++) {
                String flowKey = key + ":" + window + ":" + flow;
                long start = windowStart + Math.floorMod(SampleIds.hash(flowKey + ":start"), 30);
                long end = connection.accepted() ? windowStart + 540 + Math.floorMod(SampleIds.hash(flowKey + ":end"), 60) : start + 1;
                NetworkInterface client = clients.isEmpty() ? null : clients.get((window + flow) % clients.size());
                NetworkInterface server = servers.isEmpty() ? null
                        : servers.get((window + flow + Math.floorMod(SampleIds.hash(key), servers.size())) % servers.size());
                String clientAddress = client != null ? client.privateIp() : pick(((Peer.Internet) connection.client()).addresses(), flowKey);
                String serverAddress = server != null ? server.privateIp() : pick(((Peer.Internet) connection.server()).addresses(), flowKey);
                int clientPort = client != null ? 32768 + Math.floorMod(SampleIds.hash(flowKey + ":port"), 28232)
                        : 1024 + Math.floorMod(SampleIds.hash(flowKey + ":port"), 64512);
                if (!connection.accepted()) {
                    long packets = 1 + Math.floorMod(SampleIds.hash(flowKey + ":syn"), 2);
                    addPacket(server, start, end, new Packet(clientAddress, serverAddress, clientPort, connection.port(), packets, packets * 44), "REJECT");
                    continue;
                }
                double scale = 0.7 + Math.floorMod(SampleIds.hash(flowKey + ":bytes"), 600) / 1000.0;
                long requestBytes = Math.max(60, Math.round(connection.requestBytes() * scale));
                long responseBytes = Math.max(60, Math.round(connection.responseBytes() * scale));
                long requestSegments = segments(requestBytes);
                long responseSegments = segments(responseBytes);
                Packet request = new Packet(clientAddress, serverAddress, clientPort, connection.port(),
                        Math.max(3, requestSegments + responseSegments / 2 + 2), requestBytes);
                Packet response = new Packet(serverAddress, clientAddress, connection.port(), clientPort,
                        Math.max(2, responseSegments + requestSegments / 2 + 1), responseBytes);
                for (NetworkInterface crossed : new NetworkInterface[] {client, server}) {
                    addPacket(crossed, start, end, request, "ACCEPT");
                    addPacket(crossed, start, end, response, "ACCEPT");
                }
                if (connection.natGateway() != null) {
                    NetworkInterface nat = topology.interfacesOf(connection.natGateway()).getFirst();
                    int natPort = 1024 + Math.floorMod(SampleIds.hash(flowKey + ":nat"), 64512);
                    addPacket(nat, start, end, request, "ACCEPT");
                    addPacket(nat, start, end, new Packet(nat.privateIp(), serverAddress, natPort, connection.port(), request.packets(), request.bytes()), "ACCEPT");
                    addPacket(nat, start, end, new Packet(serverAddress, nat.privateIp(), connection.port(), natPort, response.packets(), response.bytes()), "ACCEPT");
                    addPacket(nat, start, end, response, "ACCEPT");
                }
            }
        }
    }

    /** The start of each capture window a schedule is active in, in epoch seconds. */
    private static List<Long> windows(Schedule schedule)
    {
        List<Long> windows = new ArrayList<>();
        switch (schedule) {
            case ALL_DAY -> {
                for (int hour = 0; hour < 24; hour += 2) {
                    windows.add(DAY_START + hour * 3600L);
                }
            }
            case BUSINESS_HOURS -> {
                for (int hour = 9; hour < 17; hour += 2) {
                    windows.add(DAY_START + hour * 3600L);
                }
            }
            case NIGHTLY -> {
                for (long minute = 60; minute <= 180; minute += 30) {
                    windows.add(DAY_START + minute * 60);
                }
            }
        }
        return windows;
    }

    private static long segments(long bytes)
    {
        return (bytes + 1447) / 1448;
    }

    private static String pick(List<String> addresses, String flowKey)
    {
        return addresses.get(Math.floorMod(SampleIds.hash(flowKey + ":address"), addresses.size()));
    }

    private void addPacket(NetworkInterface networkInterface, long start, long end, Packet packet, String action)
    {
        if (networkInterface == null) {
            return;
        }
        add(networkInterface, start, String.join(" ", "2", networkInterface.where().accountId(), networkInterface.id(), packet.source(), packet.destination(),
                String.valueOf(packet.sourcePort()), String.valueOf(packet.destinationPort()), String.valueOf(TCP), String.valueOf(packet.packets()),
                String.valueOf(packet.bytes()), String.valueOf(start), String.valueOf(end), action, "OK"));
    }

    private void add(NetworkInterface networkInterface, long start, String text)
    {
        records.get(networkInterface.where()).add(new Record(start, sequence++, text));
    }
}

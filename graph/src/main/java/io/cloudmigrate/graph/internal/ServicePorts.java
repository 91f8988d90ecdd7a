package io.cloudmigrate.graph.internal;

import java.util.Set;

/**
 * Tells requests from responses. A flow-log record is written for each direction of a connection;
 * the response direction runs from the server's listening port to the client's ephemeral port, and
 * belongs to the client → server edge.
 *
 * <p>The rule: a record is a response when its protocol has ports (TCP, UDP, SCTP), its destination
 * port is not a service port, and either its source port is a service port (and the destination at
 * least 1024), or its source port lies below the ephemeral range and its destination port inside it.
 * Service ports are the IANA system ports (1-1023) and {@link #REGISTERED_SERVICE_PORTS}, the
 * registered ports that estates commonly run servers on. The ephemeral range starts at
 * {@value #EPHEMERAL_START} (Linux uses 32768-60999, Windows and the IANA 49152-65535), so a server
 * on an unlisted port such as 9100 (Prometheus node exporter) is still told from its clients.
 * Everything else, including traffic between two ephemeral ports and between two service ports, is
 * taken as a request to its destination port.
 */
public final class ServicePorts
{
    /** Server ports above 1023 seen in estates: databases, caches, brokers, search, web and remote desktop. */
    public static final Set<Integer> REGISTERED_SERVICE_PORTS = Set.of(
            1433, // SQL Server
            1521, // Oracle
            2049, // NFS (EFS)
            2181, // ZooKeeper
            3306, // MySQL, MariaDB, Aurora MySQL
            3389, // RDP
            5432, // PostgreSQL
            5439, // Redshift
            5671, // AMQP over TLS (Amazon MQ)
            5672, // AMQP
            6379, // Redis, Valkey
            8080, // HTTP alternate
            8443, // HTTPS alternate
            9042, // Cassandra, Keyspaces
            9092, // Kafka
            9094, // Kafka over TLS (MSK)
            9200, // Elasticsearch, OpenSearch HTTP
            9300, // Elasticsearch transport
            11211, // Memcached
            27017); // MongoDB, DocumentDB

    /** Where operating systems start picking client ports (the Linux default; Windows starts higher). */
    public static final int EPHEMERAL_START = 32_768;

    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int SCTP = 132;

    // Looked up once per record on the parsing hot path, where a boxed Set probe would allocate.
    private static final boolean[] SERVICE_PORT = new boolean[65_536];

    static {
        for (int port = 1; port <= 1023; port++) {
            SERVICE_PORT[port] = true;
        }
        REGISTERED_SERVICE_PORTS.forEach(port -> SERVICE_PORT[port] = true);
    }

    private ServicePorts() {}

    public static boolean isServicePort(int port)
    {
        return port >= 0 && port < SERVICE_PORT.length && SERVICE_PORT[port];
    }

    public static boolean isResponse(int protocol, int sourcePort, int destinationPort)
    {
        boolean hasPorts = protocol == TCP || protocol == UDP || protocol == SCTP;
        if (!hasPorts || isServicePort(destinationPort)) {
            return false;
        }
        if (isServicePort(sourcePort)) {
            return destinationPort >= 1024;
        }
        return sourcePort >= 1 && sourcePort < EPHEMERAL_START && destinationPort >= EPHEMERAL_START;
    }
}

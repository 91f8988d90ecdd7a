package io.cloudmigrate.graph.internal;

import java.util.Set;

/**
 * Tells requests from responses. A flow-log record is written for each direction of a connection;
 * the response direction runs from the server's listening port to the client's ephemeral port, and
 * belongs to the client → server edge.
 *
 * <p>The rule: a record is a response when its protocol has ports (TCP, UDP, SCTP), its source
 * port is a service port, and its destination port is not. Service ports are the IANA system ports
 * (1-1023) and {@link #REGISTERED_SERVICE_PORTS}, the registered ports that estates commonly run
 * servers on. Everything else, including traffic between two ephemeral ports and between two
 * service ports, is taken as a request to its destination port.
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
        return hasPorts && isServicePort(sourcePort) && destinationPort >= 1024 && !isServicePort(destinationPort);
    }
}

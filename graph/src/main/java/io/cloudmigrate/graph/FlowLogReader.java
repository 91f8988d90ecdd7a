package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.StreamingFlowLogReader;
import io.cloudmigrate.graph.internal.TextFlowLogParser;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads VPC flow-log text files and aggregates their records into {@link Traffic}.
 *
 * <p>Inputs are files (plain text or gzip, recognised by content) or directories, which are walked
 * for regular files that are not hidden; all files are read in order of their path. A file's field
 * order comes from its header line ({@code version account-id interface-id srcaddr …}) when it has
 * one, and is the default version 2 format otherwise. {@code NODATA} and {@code SKIPDATA} records
 * count as records but carry no traffic. A malformed record is counted, the first
 * {@value #MALFORMED_SAMPLES} are kept as {@code file:line: reason}, and reading goes on.
 *
 * <p>Records are aggregated while they stream, so memory grows with the number of distinct
 * (source, destination, port, protocol) edges, not with the number of records. A response (from a
 * service port to an ephemeral port) is folded into the edge of the request it answers; see
 * {@link #create()} for the rule.
 */
public interface FlowLogReader
{
    /** How many malformed records are kept as samples in {@link Traffic#malformedSamples()}. */
    int MALFORMED_SAMPLES = 10;

    /**
     * The reader for the default text format (version 2 fields, or any order a header names).
     *
     * <p>A record is a response, folded into the client → server edge, when its protocol has ports
     * (TCP, UDP, SCTP), its source port is a service port, and its destination port is not. A service
     * port is one up to 1023 (the IANA system ports) or one of the well-known server ports above it
     * that estates run databases, caches and web servers on (3306, 5432, 6379, 8080, 8443 …). Every
     * other record is a request, keyed by its own destination port.
     */
    static FlowLogReader create()
    {
        return new StreamingFlowLogReader(new TextFlowLogParser());
    }

    /** Reads and aggregates the inputs without attributing addresses to resources. */
    Traffic read(List<Path> inputs);

    /**
     * Reads and aggregates the inputs, and fills each edge's {@code sourceResource} and
     * {@code targetResource} from the inventory (see {@link AddressAttribution}).
     */
    Traffic read(List<Path> inputs, Inventory inventory);
}

package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.ParallelFlowLogReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads VPC flow-log records (versions 2 to 5) and aggregates them into {@link Traffic}.
 *
 * <p>Inputs are files (plain text or gzip, recognised by content) or directories, which are walked
 * for regular files that are not hidden; all files are read in order of their path. A file's field
 * order comes from its header line ({@code version account-id interface-id srcaddr …}) when it has
 * one, and is the {@link FlowLogOptions#logFormat() LogFormat} given (by default the version 2 format)
 * otherwise. A line is a header only when it is field names alone that name {@code srcaddr},
 * {@code dstaddr}, {@code srcport}, {@code dstport}, {@code protocol} and {@code action} once each; any
 * other line that is not a record, a garbled header included, is one malformed record and the format in
 * force stays. {@code -} marks an absent field; IPv6 addresses are written in full, lower case. {@code NODATA} and {@code SKIPDATA} records
 * count as records but carry no traffic. A malformed record is counted, the first
 * {@value #MALFORMED_SAMPLES} are kept as {@code file:line: reason}, and reading goes on.
 *
 * <p>Records are aggregated while they stream, so memory grows with the number of distinct
 * (source, destination, port, protocol) edges, not with the number of records. A response (from a
 * service port to an ephemeral port) is folded into the edge of the request it answers; see
 * {@link #create()} for the rule. Large plain files are cut at line boundaries and parsed on
 * {@link FlowLogOptions#parallelism()} threads; fields are read from bytes without a string each.
 *
 * <p>Sources other than local files (S3 objects, CloudWatch Logs) come in through
 * {@link #readSources}, as streams.
 */
public interface FlowLogReader
{
    /** How many malformed records are kept as samples in {@link Traffic#malformedSamples()}. */
    int MALFORMED_SAMPLES = 10;

    /**
     * The reader for the default text format (version 2 fields, or any order a header names).
     *
     * <p>A record is a response, folded into the client → server edge, when its protocol has ports
     * (TCP, UDP, SCTP), its destination port is not a service port, and it comes from a service port
     * or from a port below the ephemeral range (32768 and up) to one inside it. A service port is one
     * up to 1023 (the IANA system ports) or one of the well-known server ports above it that estates
     * run databases, caches and web servers on (3306, 5432, 6379, 8080, 8443 …). Every other record is
     * a request, keyed by its own destination port.
     */
    static FlowLogReader create()
    {
        return create(FlowLogOptions.DEFAULT);
    }

    /**
     * The reader with the given options. A TCP record's {@code tcp-flags}, where the format has them,
     * decide before the ports: SYN-ACK marks the server's side, SYN alone the client's.
     *
     * @throws io.cloudmigrate.discovery.CloudMigrateException when the options' log format is unusable
     */
    static FlowLogReader create(FlowLogOptions options)
    {
        return new ParallelFlowLogReader(options);
    }

    /** Reads and aggregates the inputs without attributing addresses to resources. */
    Traffic read(List<Path> inputs);

    /**
     * Reads and aggregates the inputs, and fills each edge's {@code sourceResource} and
     * {@code targetResource} from the inventory (see {@link AddressAttribution}).
     */
    Traffic read(List<Path> inputs, Inventory inventory);

    /** Reads and aggregates the inputs, attributing addresses with the given attribution. */
    Traffic read(List<Path> inputs, AddressAttribution attribution);

    /**
     * Reads and aggregates the inputs, attributing addresses when {@code attribution} is present, and
     * says how each file read, so that a caller can tell a file that is no flow log from one with a few
     * bad lines.
     */
    FlowLogReading readWithInputSummaries(List<Path> inputs, Optional<AddressAttribution> attribution);

    /**
     * Reads and aggregates streams, each read to its end in the order given; resources are filled
     * when {@code attribution} is present.
     */
    Traffic readSources(List<FlowLogSource> sources, Optional<AddressAttribution> attribution);
}

package io.cloudmigrate.discovery.sample;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The conversations of the sample estate, from which the VPC flow logs are written.
 */
final class SampleTraffic
{
    private SampleTraffic() {}

    /** When in the day a connection is active. */
    enum Schedule
    {
        /** Every two hours around the clock. */
        ALL_DAY,
        /** Between 09:00 and 17:00 UTC. */
        BUSINESS_HOURS,
        /** Between 01:00 and 03:30 UTC, when the nightly jobs run. */
        NIGHTLY
    }

    /** One end of a connection: a sample resource (by owner name) or addresses on the internet. */
    sealed interface Peer
    {
        record Owned(String owner) implements Peer
        {
            public Owned
            {
                requireNonNull(owner, "owner is null");
            }
        }

        record Internet(List<String> addresses) implements Peer
        {
            public Internet
            {
                addresses = List.copyOf(addresses);
            }
        }

        static Peer owned(String owner)
        {
            return new Owned(owner);
        }

        static Peer internet(List<String> addresses)
        {
            return new Internet(addresses);
        }
    }

    /**
     * A client talking to a server port.
     *
     * @param flowsPerWindow distinct client connections in each ten-minute capture window
     * @param requestBytes bytes the client sends per connection
     * @param responseBytes bytes the server answers per connection; 0 for a rejected connection
     * @param accepted {@code false} for connections the server's security groups reject
     * @param natGateway the NAT gateway a private client reaches the internet through, or {@code null}
     */
    record Connection(
            Peer client,
            Peer server,
            int port,
            Schedule schedule,
            int flowsPerWindow,
            long requestBytes,
            long responseBytes,
            boolean accepted,
            String natGateway)
    {
        public Connection
        {
            requireNonNull(client, "client is null");
            requireNonNull(server, "server is null");
            requireNonNull(schedule, "schedule is null");
        }
    }

    /** What a flow-log record says when an ENI had nothing to report in a capture window. */
    enum LogStatus
    {
        /** No traffic in the window. */
        NODATA,
        /** Records were skipped (an internal capacity constraint of the flow-log service). */
        SKIPDATA
    }

    /**
     * A capture window of one ENI of {@code owner} that reports {@code status} instead of records.
     *
     * @param interfaceIndex which of the owner's ENIs
     * @param hour the hour of the day the window starts
     */
    record Gap(String owner, int interfaceIndex, int hour, LogStatus status) {}
}

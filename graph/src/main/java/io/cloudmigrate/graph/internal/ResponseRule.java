package io.cloudmigrate.graph.internal;

/**
 * Whether a record answering a request is folded into the client → server edge, or every record is
 * kept under its own (source, destination, destination port, protocol).
 */
public enum ResponseRule
{
    /**
     * Fold responses. A TCP record whose {@code tcp-flags} hold SYN-ACK (18) comes from the server, one
     * with SYN (2) but no ACK from the client. Without those flags (absent field, mid-connection window,
     * or another protocol), a record is a response when it goes from a service port to an ephemeral one
     * (see {@link ServicePorts}). {@code flow-direction} does not enter: it says which way the packets
     * crossed the interface that logged them, which both the client's and the server's side do.
     */
    FOLD_RESPONSES,
    /** Keep raw keys, as a plain {@code GROUP BY} over the four fields would. */
    RAW_KEYS;

    private static final int TCP = 6;
    private static final int SYN = 0x02;
    private static final int SYN_ACK = 0x12;

    /**
     * @param tcpFlags the record's {@code tcp-flags}, or -1 when absent
     */
    boolean isResponse(int protocol, int sourcePort, int destinationPort, long tcpFlags)
    {
        return switch (this) {
            case RAW_KEYS -> false;
            case FOLD_RESPONSES -> {
                if (protocol == TCP && tcpFlags >= 0) {
                    if ((tcpFlags & SYN_ACK) == SYN_ACK) {
                        yield true;
                    }
                    if ((tcpFlags & SYN) != 0) {
                        yield false;
                    }
                }
                yield ServicePorts.isResponse(protocol, sourcePort, destinationPort);
            }
        };
    }
}

package io.cloudmigrate.discovery;

import static java.util.Objects.requireNonNull;

/**
 * One normalised security-group rule: one protocol, one port range and exactly one peer. AWS groups
 * several peers into one {@code IpPermission}; the importer and scanners split them.
 *
 * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6} or {@code -1} (all)
 * @param fromPort first port, or -1 for all ports (and for {@code -1} protocol)
 * @param toPort last port, or -1 for all ports
 * @param peerKind what {@code peer} holds
 * @param peer a CIDR block, a prefix-list id or a security-group id
 */
public record SecurityGroupRule(
        String protocol,
        int fromPort,
        int toPort,
        PeerKind peerKind,
        String peer,
        String description)
{
    /** The kind of peer a rule names. */
    public enum PeerKind
    {
        CIDR_IPV4,
        CIDR_IPV6,
        PREFIX_LIST,
        SECURITY_GROUP
    }

    public SecurityGroupRule
    {
        requireNonNull(protocol, "protocol is null");
        requireNonNull(peerKind, "peerKind is null");
        requireNonNull(peer, "peer is null");
    }

    /** Whether the rule admits the given protocol (lowercase name, e.g. {@code tcp}) and port. */
    public boolean covers(String protocolName, int port)
    {
        if (protocol.equals("-1")) {
            return true;
        }
        if (!protocol.equalsIgnoreCase(protocolName)) {
            return false;
        }
        return fromPort == -1 || (port >= fromPort && port <= toPort);
    }

    /** Whether the rule allows everything from or to everywhere ({@code 0.0.0.0/0} or {@code ::/0}). */
    public boolean openToWorld()
    {
        return peer.equals("0.0.0.0/0") || peer.equals("::/0");
    }
}

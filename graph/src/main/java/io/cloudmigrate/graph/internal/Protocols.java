package io.cloudmigrate.graph.internal;

import java.util.Locale;

/**
 * Protocol names as {@link io.cloudmigrate.graph.DependencyEdge} spells them: {@code tcp},
 * {@code udp}, {@code icmp}, {@code -1} for all, the IANA number for the rest.
 */
public final class Protocols
{
    public static final String ALL = "-1";

    private Protocols() {}

    /** The name of an IANA protocol number, as flow logs give it. */
    public static String name(int number)
    {
        return switch (number) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "icmpv6";
            case 132 -> "sctp";
            default -> Integer.toString(number);
        };
    }

    /** A security-group rule's protocol ({@code tcp}, {@code 6}, {@code -1} …) in the same spelling as {@link #name(int)}. */
    public static String normalize(String protocol)
    {
        String lower = protocol.toLowerCase(Locale.ROOT);
        if (lower.equals(ALL)) {
            return ALL;
        }
        try {
            return name(Integer.parseInt(lower));
        }
        catch (NumberFormatException e) {
            return lower;
        }
    }

    /** Whether connections of the protocol are addressed to a port. */
    public static boolean hasPorts(String protocol)
    {
        return protocol.equals("tcp") || protocol.equals("udp") || protocol.equals("sctp");
    }

    /** {@code tcp/5432}, or the protocol alone when the port does not apply. */
    public static String describe(String protocol, int port)
    {
        if (protocol == null) {
            return port < 0 ? "any port" : "port " + port;
        }
        if (protocol.equals(ALL)) {
            return "all traffic";
        }
        return port < 0 ? protocol : protocol + "/" + port;
    }
}

package io.cloudmigrate.graph.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Literal IP addresses: parsing without name lookups, a canonical text form for matching, and
 * whether an address is private, public or special-purpose.
 */
public final class IpAddresses
{
    /** Where an address lives, as far as attribution cares. */
    public enum Scope
    {
        /** RFC 1918 (IPv4) or unique local (IPv6, RFC 4193): inside some private network. */
        PRIVATE,
        /** Anything routable on the internet, including the documentation ranges used in examples. */
        PUBLIC,
        /** Never an internet peer: unspecified, loopback, link-local, shared address space, multicast, reserved. */
        SPECIAL
    }

    private IpAddresses() {}

    /**
     * The address as 4 or 16 bytes, or {@code null} when the text is not an IPv4 or IPv6 literal.
     * Never resolves a name: text that could be a host name is rejected before the JDK sees it.
     */
    public static byte[] parse(String text)
    {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return parseIpv4(text);
        }
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.digit(character, 16) < 0 && character != ':' && character != '.') {
                return null;
            }
        }
        try {
            // With a colon present and only hex digits, colons and dots, the JDK parses a literal and never looks a name up.
            return InetAddress.getByName(text).getAddress();
        }
        catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The canonical text of an address literal (so {@code 2001:DB8::1} and {@code 2001:db8:0::1} match), or {@code null}. */
    public static String canonical(String text)
    {
        byte[] address = parse(text);
        return address == null ? null : format(address);
    }

    /** Dotted decimal for IPv4; eight groups of lower-case hex without compression for IPv6. */
    public static String format(byte[] address)
    {
        StringBuilder builder = new StringBuilder(address.length == 4 ? 15 : 39);
        if (address.length == 4) {
            for (int index = 0; index < 4; index++) {
                if (index > 0) {
                    builder.append('.');
                }
                builder.append(address[index] & 0xff);
            }
            return builder.toString();
        }
        for (int index = 0; index < 16; index += 2) {
            if (index > 0) {
                builder.append(':');
            }
            builder.append(Integer.toHexString(((address[index] & 0xff) << 8) | (address[index + 1] & 0xff)));
        }
        return builder.toString();
    }

    public static Scope scope(byte[] address)
    {
        int first = address[0] & 0xff;
        int second = address[1] & 0xff;
        if (address.length == 4) {
            if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
                return Scope.PRIVATE;
            }
            if (first == 0 || first == 127 || first >= 224 || (first == 169 && second == 254) || (first == 100 && second >= 64 && second <= 127)) {
                return Scope.SPECIAL;
            }
            return Scope.PUBLIC;
        }
        if ((first & 0xfe) == 0xfc) {
            return Scope.PRIVATE;
        }
        if (first == 0xff || (first == 0xfe && (second & 0xc0) == 0x80) || isUnspecifiedOrLoopback(address)) {
            return Scope.SPECIAL;
        }
        return Scope.PUBLIC;
    }

    private static boolean isUnspecifiedOrLoopback(byte[] address)
    {
        for (int index = 0; index < 15; index++) {
            if (address[index] != 0) {
                return false;
            }
        }
        return address[15] == 0 || address[15] == 1;
    }

    private static byte[] parseIpv4(String text)
    {
        byte[] address = new byte[4];
        int part = 0;
        int value = -1;
        for (int index = 0; index <= text.length(); index++) {
            char character = index == text.length() ? '.' : text.charAt(index);
            if (character == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                address[part++] = (byte) value;
                value = -1;
            }
            else if (character >= '0' && character <= '9') {
                value = (value < 0 ? 0 : value * 10) + (character - '0');
                if (value > 255) {
                    return null;
                }
            }
            else {
                return null;
            }
        }
        return part == 4 ? address : null;
    }
}

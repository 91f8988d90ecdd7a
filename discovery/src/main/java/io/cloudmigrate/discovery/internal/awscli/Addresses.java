package io.cloudmigrate.discovery.internal.awscli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 addresses and CIDR blocks as AWS writes them. Parsed by hand for IPv4 and only from
 * text that can be nothing but an IPv6 literal otherwise: {@link InetAddress#getByName} looks up in
 * DNS whatever it cannot parse, and a malformed address in a file must never become a network call.
 */
final class Addresses
{
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX_LENGTH = Pattern.compile("\\d{1,3}");

    private Addresses() {}

    /**
     * A CIDR block.
     *
     * @param text the block as given when it names its network, else the network it names ({@code 2.2.2.2/28} is {@code 2.2.2.0/28})
     * @param hostBitsSet whether the address given had bits set beyond the prefix
     */
    record Block(boolean ipv6, String text, boolean hostBitsSet) {}

    /** The address, 4 bytes for IPv4 and 16 for IPv6, or empty when the text is not one. */
    static Optional<byte[]> address(String text)
    {
        if (text == null) {
            return Optional.empty();
        }
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int index = 0; index < 4; index++) {
                int octet = Integer.parseInt(ipv4.group(index + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[index] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            // Java reads an IPv4-mapped IPv6 literal (::ffff:10.0.0.1) as the IPv4 address; it was written as IPv6.
            return Optional.of(address instanceof Inet4Address ? mapped(address.getAddress()) : address.getAddress());
        }
        catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The block, or empty when the text is not {@code address/length} with a length the address family allows. */
    static Optional<Block> block(String text)
    {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || !PREFIX_LENGTH.matcher(text.substring(slash + 1)).matches()) {
            return Optional.empty();
        }
        Optional<byte[]> parsed = address(text.substring(0, slash));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        byte[] address = parsed.get();
        int length = Integer.parseInt(text.substring(slash + 1));
        if (length > address.length * 8) {
            return Optional.empty();
        }
        byte[] network = address.clone();
        for (int bit = length; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        boolean ipv6 = address.length == 16;
        if (Arrays.equals(network, address)) {
            return Optional.of(new Block(ipv6, text, false));
        }
        return Optional.of(new Block(ipv6, (ipv6 ? formatIpv6(network) : formatIpv4(network)) + "/" + length, true));
    }

    private static byte[] mapped(byte[] ipv4)
    {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    private static String formatIpv4(byte[] address)
    {
        return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
    }

    /** The RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as {@code ::}. */
    private static String formatIpv6(byte[] address)
    {
        int[] groups = new int[8];
        for (int index = 0; index < 8; index++) {
            groups[index] = ((address[2 * index] & 0xff) << 8) | (address[2 * index + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < 8; start++) {
            int length = 0;
            while (start + length < 8 && groups[start + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < 8; index++) {
            if (index == bestStart) {
                text.append("::");
                index += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[index]));
        }
        return text.toString();
    }
}

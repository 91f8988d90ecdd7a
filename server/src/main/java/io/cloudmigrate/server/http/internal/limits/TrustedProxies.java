package io.cloudmigrate.server.http.internal.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the server believes. The client is found by
 * walking the header from the right (the hop nearest the server) past every trusted proxy; the first
 * address that is not one is the client. A request from anywhere else is its own client, whatever
 * header it sends, so that nobody can pick the address their rate limit and audit entries count under.
 */
public final class TrustedProxies
{
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;

    private record Block(byte[] network, int prefixLength) {}

    private TrustedProxies(List<Block> blocks)
    {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * The proxies in these CIDR blocks ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) or single addresses.
     *
     * @throws IllegalArgumentException naming a block that is not one
     */
    public static TrustedProxies of(List<String> cidrs)
    {
        List<Block> blocks = new ArrayList<>();
        for (String cidr : cidrs) {
            int slash = cidr.indexOf('/');
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("a trusted proxy is an IP address or CIDR block such as 10.0.0.0/8; found '" + cidr + "'"))
                    .getAddress();
            int prefixLength = network.length * 8;
            if (slash >= 0) {
                try {
                    prefixLength = Integer.parseInt(cidr.substring(slash + 1));
                }
                catch (NumberFormatException e) {
                    prefixLength = -1;
                }
                if (prefixLength < 0 || prefixLength > network.length * 8) {
                    throw new IllegalArgumentException("the prefix length of the trusted proxy block '" + cidr + "' must be 0 to " + network.length * 8);
                }
            }
            blocks.add(new Block(network, prefixLength));
        }
        return new TrustedProxies(blocks);
    }

    /** The client of a request from this peer with these {@code X-Forwarded-For} values (all of the headers, in order). */
    public String client(String peer, List<String> forwardedFor)
    {
        if (!trusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (String hop : hops.reversed()) {
            Optional<InetAddress> address = literal(hop);
            if (address.isEmpty()) {
                // What a trusted proxy did not write itself cannot be vouched for: the last hop that could be stands.
                return client;
            }
            client = address.get().getHostAddress();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    boolean trusted(String address)
    {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            return false;
        }
        byte[] bytes = parsed.get().getAddress();
        for (Block block : blocks) {
            if (block.network().length == bytes.length && samePrefix(block.network(), bytes, block.prefixLength())) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] network, byte[] address, int prefixLength)
    {
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((network[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An IP literal, never a name: nothing here may cause a DNS lookup. */
    private static Optional<InetAddress> literal(String text)
    {
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        }
        catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

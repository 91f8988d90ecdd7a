package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where webhooks may point. A workspace admin names the URL and the server calls it, so an unchecked
 * URL would let them reach what only the server can (its loopback, the cloud's metadata endpoint at
 * 169.254.169.254, the private network): server-side request forgery. So:
 * <ul>
 * <li>only {@code http} and {@code https} URLs with a host, without user info or a fragment;</li>
 * <li>every address the host resolves to must be public: not loopback, unspecified, link-local,
 *     private (RFC 1918, IPv6 unique-local), carrier-grade NAT (100.64.0.0/10) or multicast;
 *     checked when the webhook is created (for a literal address) and again at each attempt, and the
 *     attempt connects to the address that was checked, so that DNS cannot answer differently in between;</li>
 * <li>redirects are not followed.</li>
 * </ul>
 * {@code serve --webhook-allow-private} lifts the address rule (not the scheme rule) for tests and
 * for servers whose receivers live on the same private network.
 */
public final class AddressPolicy
{
    static final int MAXIMUM_URL_LENGTH = 2048;

    private final boolean allowPrivate;

    public AddressPolicy(boolean allowPrivate)
    {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Checks a URL given for a new webhook; a host name is resolved only at delivery.
     *
     * @throws CloudMigrateException INVALID_REQUEST naming what is wrong with the URL
     */
    public URI checkUrl(String text)
    {
        URI uri;
        try {
            uri = new URI(text);
        }
        catch (URISyntaxException e) {
            throw invalid("the webhook url '" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("the webhook url must start with https:// or http://, found '" + text + "'");
        }
        if (text.length() > MAXIMUM_URL_LENGTH || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw invalid("the webhook url must name a host, without user info or a fragment, in at most " + MAXIMUM_URL_LENGTH + " characters; found '" + text + "'");
        }
        String host = uri.getHost();
        if (!allowPrivate && (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost"))) {
            throw invalid(refusal(host, host));
        }
        if (!allowPrivate && isLiteral(host)) {
            InetAddress address = resolveLiteral(host);
            if (isPrivate(address)) {
                throw invalid(refusal(host, address.getHostAddress()));
            }
        }
        return uri;
    }

    /**
     * The address an attempt connects to.
     *
     * @throws Refused when the host does not resolve, or resolves to an address the policy refuses
     */
    public InetAddress resolve(URI uri)
            throws Refused
    {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        }
        catch (UnknownHostException e) {
            throw new Refused("the host " + uri.getHost() + " does not resolve", true);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new Refused(refusal(uri.getHost(), address.getHostAddress()), false);
                }
            }
        }
        return addresses[0];
    }

    /** Why an attempt was not made; {@code retryable} when the answer may change (DNS). */
    public static final class Refused
            extends Exception
    {
        private final boolean retryable;

        Refused(String message, boolean retryable)
        {
            super(message);
            this.retryable = retryable;
        }

        public boolean retryable()
        {
            return retryable;
        }
    }

    static boolean isPrivate(InetAddress address)
    {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 255.255.255.255 broadcast.
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 255;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; an IPv4-mapped address (::ffff:a.b.c.d) is judged by its IPv4 part.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int index = 0; index < 10; index++) {
                mapped &= bytes[index] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                }
                catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLiteral(String host)
    {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    private static InetAddress resolveLiteral(String host)
    {
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        }
        catch (UnknownHostException e) {
            throw invalid("the webhook url's host '" + host + "' is not a valid address");
        }
    }

    private static String refusal(String host, String address)
    {
        return "the webhook host " + host + " is " + (host.equals(address) ? "" : "at " + address + ", ")
                + "a loopback, private or link-local address; the server calls only public addresses unless started with --webhook-allow-private";
    }

    private static CloudMigrateException invalid(String message)
    {
        return new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, message);
    }
}

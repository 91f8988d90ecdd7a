package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.SecurityGroupRule.PeerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits EC2 {@code IpPermissions} into rules with one peer each: AWS groups IPv4 ranges, IPv6
 * ranges, prefix lists and security-group pairs of the same protocol and ports into one permission.
 */
final class SecurityGroupRules
{
    private SecurityGroupRules() {}

    /** Receives what is wrong with a rule: a warning code and a message that names the rule. */
    interface Problems
    {
        void warn(String code, String message);
    }

    /**
     * The rules of the permissions. A CIDR with host bits set ({@code 2.2.2.2/28}) becomes its network
     * ({@code 2.2.2.0/28}); an IPv6 block among the IPv4 ranges is taken as IPv6; a malformed CIDR and
     * a port range no protocol allows are left out. Each gets a warning naming the rule.
     *
     * @param rulesOf how the messages name the rules, e.g. {@code sg-0123 (web) ingress}
     */
    static List<SecurityGroupRule> normalise(List<JsonNode> permissions, String rulesOf, Problems problems)
    {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (JsonNode permission : permissions) {
            String protocol = protocol(Json.text(permission, "IpProtocol"));
            boolean allPorts = protocol.equals("-1");
            int fromPort = allPorts ? -1 : Json.integer(permission, "FromPort", -1);
            int toPort = allPorts ? -1 : Json.integer(permission, "ToPort", -1);
            String rule = rulesOf + " rule " + protocol + " " + ports(fromPort, toPort);
            Optional<String> portProblem = portProblem(protocol, fromPort, toPort);
            if (portProblem.isPresent()) {
                problems.warn(Warnings.INVALID_VALUE, rule + ": " + portProblem.get() + "; the rule was left out");
                continue;
            }
            for (JsonNode range : Json.array(permission, "IpRanges")) {
                addCidr(rules, protocol, fromPort, toPort, Json.text(range, "CidrIp"), range, rule, problems);
            }
            for (JsonNode range : Json.array(permission, "Ipv6Ranges")) {
                addCidr(rules, protocol, fromPort, toPort, Json.text(range, "CidrIpv6"), range, rule, problems);
            }
            for (JsonNode prefixList : Json.array(permission, "PrefixListIds")) {
                add(rules, protocol, fromPort, toPort, PeerKind.PREFIX_LIST, Json.text(prefixList, "PrefixListId"), prefixList);
            }
            for (JsonNode pair : Json.array(permission, "UserIdGroupPairs")) {
                add(rules, protocol, fromPort, toPort, PeerKind.SECURITY_GROUP, Json.text(pair, "GroupId"), pair);
            }
        }
        return rules;
    }

    private static void addCidr(List<SecurityGroupRule> rules, String protocol, int fromPort, int toPort, String cidr, JsonNode source, String rule,
            Problems problems)
    {
        if (cidr == null) {
            return;
        }
        Optional<Addresses.Block> block = Addresses.block(cidr);
        if (block.isEmpty()) {
            problems.warn(Warnings.INVALID_VALUE, rule + " with " + cidr + ": not a CIDR block; the rule was left out");
            return;
        }
        if (block.get().hostBitsSet()) {
            problems.warn(Warnings.NORMALISED_VALUE, rule + " with " + cidr + ": host bits set; read as its network " + block.get().text());
        }
        add(rules, protocol, fromPort, toPort, block.get().ipv6() ? PeerKind.CIDR_IPV6 : PeerKind.CIDR_IPV4, block.get().text(), source);
    }

    private static void add(List<SecurityGroupRule> rules, String protocol, int fromPort, int toPort, PeerKind kind, String peer, JsonNode source)
    {
        if (peer != null) {
            rules.add(new SecurityGroupRule(protocol, fromPort, toPort, kind, peer, Json.text(source, "Description")));
        }
    }

    /** Ports are a range of TCP or UDP ports, or an ICMP type and code; other protocols have none. */
    private static Optional<String> portProblem(String protocol, int fromPort, int toPort)
    {
        return switch (protocol) {
            case "tcp", "udp" -> fromPort < -1 || toPort > 65535 || fromPort > toPort || (fromPort == -1) != (toPort == -1)
                    ? Optional.of("not a port range within 0-65535")
                    : Optional.empty();
            case "icmp", "icmpv6" -> fromPort < -1 || fromPort > 255 || toPort < -1 || toPort > 255
                    ? Optional.of("ICMP type " + fromPort + " and code " + toPort + " are not within -1 to 255")
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String ports(int fromPort, int toPort)
    {
        if (fromPort == -1 && toPort == -1) {
            return "all ports";
        }
        return fromPort == toPort ? "port " + fromPort : "ports " + fromPort + "-" + toPort;
    }

    /** EC2 reports the common protocols by name and the rest by IANA number; names are easier downstream. */
    static String protocol(String ipProtocol)
    {
        if (ipProtocol == null) {
            return "-1";
        }
        return switch (ipProtocol.toLowerCase(Locale.ROOT)) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "58" -> "icmpv6";
            case "all" -> "-1";
            default -> ipProtocol.toLowerCase(Locale.ROOT);
        };
    }
}

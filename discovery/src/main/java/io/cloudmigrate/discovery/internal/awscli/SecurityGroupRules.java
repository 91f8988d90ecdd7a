package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.SecurityGroupRule.PeerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits EC2 {@code IpPermissions} into rules with one peer each: AWS groups IPv4 ranges, IPv6
 * ranges, prefix lists and security-group pairs of the same protocol and ports into one permission.
 */
final class SecurityGroupRules
{
    private SecurityGroupRules() {}

    static List<SecurityGroupRule> normalise(List<JsonNode> permissions)
    {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (JsonNode permission : permissions) {
            String protocol = protocol(Json.text(permission, "IpProtocol"));
            boolean allPorts = protocol.equals("-1");
            int fromPort = allPorts ? -1 : Json.integer(permission, "FromPort", -1);
            int toPort = allPorts ? -1 : Json.integer(permission, "ToPort", -1);
            for (JsonNode range : Json.array(permission, "IpRanges")) {
                add(rules, protocol, fromPort, toPort, PeerKind.CIDR_IPV4, Json.text(range, "CidrIp"), range);
            }
            for (JsonNode range : Json.array(permission, "Ipv6Ranges")) {
                add(rules, protocol, fromPort, toPort, PeerKind.CIDR_IPV6, Json.text(range, "CidrIpv6"), range);
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

    private static void add(List<SecurityGroupRule> rules, String protocol, int fromPort, int toPort, PeerKind kind, String peer, JsonNode source)
    {
        if (peer != null) {
            rules.add(new SecurityGroupRule(protocol, fromPort, toPort, kind, peer, Json.text(source, "Description")));
        }
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

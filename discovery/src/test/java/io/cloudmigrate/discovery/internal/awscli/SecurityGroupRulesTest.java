package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.SecurityGroupRule.PeerKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityGroupRulesTest
{
    @Test
    void splitsEveryKindOfPeerIntoItsOwnRule()
            throws Exception
    {
        JsonNode permissions = JsonDocuments.mapper().readTree("""
                [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                  "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "office"}, {"CidrIp": "0.0.0.0/0"}],
                  "Ipv6Ranges": [{"CidrIpv6": "::/0"}],
                  "PrefixListIds": [{"PrefixListId": "pl-63a5400a"}],
                  "UserIdGroupPairs": [{"UserId": "222222222222", "GroupId": "sg-peer"}]},
                 {"IpProtocol": "17", "FromPort": 53, "ToPort": 53, "IpRanges": [{"CidrIp": "10.0.0.2/32"}]},
                 {"IpProtocol": "-1", "FromPort": 0, "ToPort": 65535, "UserIdGroupPairs": [{"GroupId": "sg-self"}]},
                 {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}]
                """);
        List<JsonNode> elements = Json.array(JsonDocuments.mapper().createObjectNode().set("p", permissions), "p");

        List<String> problems = new ArrayList<>();

        assertThat(SecurityGroupRules.normalise(elements, "sg-1 ingress", (code, message) -> problems.add(message))).containsExactly(
                new SecurityGroupRule("tcp", 443, 443, PeerKind.CIDR_IPV4, "10.0.0.0/8", "office"),
                new SecurityGroupRule("tcp", 443, 443, PeerKind.CIDR_IPV4, "0.0.0.0/0", null),
                new SecurityGroupRule("tcp", 443, 443, PeerKind.CIDR_IPV6, "::/0", null),
                new SecurityGroupRule("tcp", 443, 443, PeerKind.PREFIX_LIST, "pl-63a5400a", null),
                new SecurityGroupRule("tcp", 443, 443, PeerKind.SECURITY_GROUP, "sg-peer", null),
                new SecurityGroupRule("udp", 53, 53, PeerKind.CIDR_IPV4, "10.0.0.2/32", null),
                // all traffic means all ports, whatever the ports say
                new SecurityGroupRule("-1", -1, -1, PeerKind.SECURITY_GROUP, "sg-self", null));
        assertThat(problems).isEmpty();
    }

    @Test
    void namesNumberedProtocols()
    {
        assertThat(SecurityGroupRules.protocol("6")).isEqualTo("tcp");
        assertThat(SecurityGroupRules.protocol("58")).isEqualTo("icmpv6");
        assertThat(SecurityGroupRules.protocol("TCP")).isEqualTo("tcp");
        assertThat(SecurityGroupRules.protocol("50")).isEqualTo("50");
        assertThat(SecurityGroupRules.protocol(null)).isEqualTo("-1");
    }
}

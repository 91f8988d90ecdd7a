package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Security-group rules that open an administration port (SSH 22, RDP 3389) to the whole internet:
 * worth fixing before the move rather than copying into the target.
 */
final class SecurityFindings
{
    private SecurityFindings() {}

    static List<ReportModel.FindingRow> find(EstateIndex index)
    {
        List<ReportModel.FindingRow> findings = new ArrayList<>();
        index.securityGroups().forEach(group -> findings.addAll(forGroup(index, group)));
        return findings;
    }

    /** The findings of one group, with the names of the resources that use it. */
    static List<ReportModel.FindingRow> forGroup(EstateIndex index, SecurityGroup group)
    {
        List<ReportModel.FindingRow> findings = new ArrayList<>();
        List<String> users = index.securityGroupUserNames(group.id());
        for (SecurityGroupRule rule : group.ingress()) {
            if (!rule.openToWorld()) {
                continue;
            }
            List<String> ports = new ArrayList<>();
            if (rule.covers("tcp", 22)) {
                ports.add("SSH (22)");
            }
            if (rule.covers("tcp", 3389)) {
                ports.add("RDP (3389)");
            }
            if (!ports.isEmpty()) {
                findings.add(new ReportModel.FindingRow(
                        group.id(),
                        group.groupName(),
                        group.accountId() + " / " + group.region(),
                        describe(rule),
                        String.join(", ", ports),
                        users.isEmpty() ? "-" : String.join(", ", users)));
            }
        }
        return findings;
    }

    private static String describe(SecurityGroupRule rule)
    {
        String ports = rule.protocol().equals("-1") ? "all traffic"
                : rule.fromPort() == -1 ? rule.protocol() + " all ports"
                : rule.fromPort() == rule.toPort() ? rule.protocol() + "/" + rule.fromPort()
                : rule.protocol() + "/" + rule.fromPort() + "-" + rule.toPort();
        return ports + " from " + rule.peer();
    }
}

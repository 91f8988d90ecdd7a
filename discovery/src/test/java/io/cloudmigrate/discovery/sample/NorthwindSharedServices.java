package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;

import java.util.List;

/**
 * The shared-services account: a bastion, monitoring and a CI runner behind a NAT gateway with VPC
 * endpoints in us-east-1 (peered with the production VPCs), and in eu-west-1 only the default VPC with a forgotten VPN test instance.
 */
final class NorthwindSharedServices
{
    private static final String PLATFORM = "platform-team";
    private static final String COST_CENTER = "CC-9000";

    private NorthwindSharedServices() {}

    static void build(EstateBuilder estate, NorthwindAccounts accounts)
    {
        buildUsEast1(estate, accounts.sharedUsEast1());
        buildEuWest1(estate, accounts.sharedEuWest1());
    }

    private static void buildUsEast1(EstateBuilder estate, AccountRegion where)
    {
        Vpc vpc = estate.vpc(where, "shared-services", "10.100.0.0/16", SampleTags.standard("shared-services", "production", PLATFORM, "shared-services", COST_CENTER));
        Subnet publicA = estate.subnet(vpc, "shared-public-a", "10.100.0.0/24", "us-east-1a", true);
        estate.subnet(vpc, "shared-public-b", "10.100.1.0/24", "us-east-1b", true);
        Subnet privateA = estate.subnet(vpc, "shared-private-a", "10.100.10.0/24", "us-east-1a", false);
        Subnet privateB = estate.subnet(vpc, "shared-private-b", "10.100.11.0/24", "us-east-1b", false);

        SecurityGroup bastion = estate.securityGroup(vpc, "shared-bastion", "SSH from the head office", SampleTags.name("shared-bastion"),
                Rule.tcp(22, NorthwindAccounts.OFFICE_CIDR, "Head office"));
        SecurityGroup monitoring = estate.securityGroup(vpc, "shared-monitoring", "Grafana and Prometheus", SampleTags.name("shared-monitoring"),
                Rule.tcpFromGroup(3000, "shared-bastion", "Grafana through the bastion"),
                Rule.tcpFromGroup(9090, "shared-bastion", "Prometheus UI through the bastion"));
        SecurityGroup ciRunner = estate.securityGroup(vpc, "shared-ci-runner", "CI runners: outbound only", SampleTags.name("shared-ci-runner"));
        SecurityGroup endpoints = estate.securityGroup(vpc, "shared-endpoints", "HTTPS to interface endpoints", SampleTags.name("shared-endpoints"),
                Rule.tcp(443, "10.100.0.0/16", "Shared services VPC"));

        estate.natGateway("shared-nat-a", publicA, "192.0.2.40", SampleTags.standard("shared-nat-a", "production", PLATFORM, "shared-services", COST_CENTER));
        estate.gatewayEndpoint("shared-s3-gateway", vpc, "s3", SampleTags.name("shared-s3-gateway"));
        estate.interfaceEndpoint("shared-ssm", vpc, "ssm", List.of(privateA, privateB), List.of(endpoints), SampleTags.name("shared-ssm"));
        estate.interfaceEndpoint("shared-ssmmessages", vpc, "ssmmessages", List.of(privateA, privateB), List.of(endpoints), SampleTags.name("shared-ssmmessages"));

        estate.instance("bastion-1", publicA, "t3.micro", OperatingSystem.AMAZON_LINUX_2023)
                .groups(bastion)
                .tags(SampleTags.standard("bastion-1", "production", PLATFORM, "bastion", COST_CENTER))
                .profile(UsageProfile.steady(6, 0.4, 0))
                .publicIp("192.0.2.41")
                .keyName("platform-admin")
                .launched("2025-01-08T11:02:17+00:00")
                .add();
        estate.instance("monitoring-1", privateA, "m6i.xlarge", OperatingSystem.AMAZON_LINUX_2023)
                .groups(monitoring)
                .tags(SampleTags.standard("monitoring-1", "production", PLATFORM, "monitoring", COST_CENTER))
                .profile(UsageProfile.steady(27, 6, 0))
                .memoryAgent()
                .software("prometheus", "2.53.2", "Prometheus Authors")
                .software("grafana", "11.2.0", "Grafana Labs")
                .volumes(20, 500)
                .launched("2024-11-19T15:44:03+00:00")
                .add();
        estate.instance("ci-runner-1", privateB, "c6i.2xlarge", OperatingSystem.UBUNTU_22_04)
                .groups(ciRunner)
                .tags(SampleTags.standard("ci-runner-1", "production", PLATFORM, "ci", COST_CENTER))
                .profile(UsageProfile.bursty(24, 40, 0))
                .software("gitlab-runner", "17.4.0", "GitLab Inc.")
                .software("docker-ce", "27.3.1", "Docker Inc.")
                .volumes(30, 250)
                .launched("2025-06-02T08:15:40+00:00")
                .add();
    }

    private static void buildEuWest1(EstateBuilder estate, AccountRegion where)
    {
        Vpc vpc = estate.defaultVpc(where, "shared-default-eu-west-1");
        Subnet defaultA = estate.subnet(vpc, "shared-default-eu-west-1a", "172.31.0.0/20", "eu-west-1a", true);
        estate.subnet(vpc, "shared-default-eu-west-1b", "172.31.16.0/20", "eu-west-1b", true);
        estate.subnet(vpc, "shared-default-eu-west-1c", "172.31.32.0/20", "eu-west-1c", true);
        SecurityGroup launchWizard = estate.securityGroup(vpc, "launch-wizard-1", "launch-wizard-1 created 2021-03-09T14:22:51.118Z", List.of(),
                Rule.udp(1194, "0.0.0.0/0", null));

        estate.instance("old-vpn-test", defaultA, "t2.small", OperatingSystem.UBUNTU_18_04)
                .groups(launchWizard)
                .tags(SampleTags.standard("old-vpn-test", "dev", null, "vpn-trial", COST_CENTER))
                .profile(UsageProfile.idle())
                .publicIp("192.0.2.61")
                .unmanaged()
                .imdsOptional()
                .keyName("vpn-test")
                .launched("2021-03-09T14:23:05+00:00")
                .add();
    }
}

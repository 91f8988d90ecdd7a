package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;

import java.util.List;

/**
 * The older corners of production us-east-1: the legacy VPC with a Windows Server 2012 R2 ERP
 * (SQL Server on one box) behind a Classic Load Balancer and an SFTP server open to the world on
 * port 22; and the non-production VPC where staging and forgotten dev instances idle.
 */
final class NorthwindLegacy
{
    private static final String ERP_TEAM = "erp-team";
    private static final String ERP_COST_CENTER = "CC-2002";
    private static final String NONPROD_COST_CENTER = "CC-9100";

    private NorthwindLegacy() {}

    static void build(EstateBuilder estate, NorthwindAccounts accounts)
    {
        buildLegacy(estate, accounts.productionUsEast1());
        buildNonProduction(estate, accounts.productionUsEast1());
    }

    private static void buildLegacy(EstateBuilder estate, AccountRegion where)
    {
        Vpc vpc = estate.vpc(where, "legacy-prod", "10.20.0.0/16",
                SampleTags.with(erpTags("legacy-prod", ERP_TEAM), "Description", SampleTags.AWKWARD_DESCRIPTION));
        Subnet publicA = estate.subnet(vpc, "legacy-public-a", "10.20.0.0/24", "us-east-1a", true);
        Subnet publicB = estate.subnet(vpc, "legacy-public-b", "10.20.1.0/24", "us-east-1b", true);
        Subnet privateA = estate.subnet(vpc, "legacy-private-a", "10.20.10.0/24", "us-east-1a", false);

        SecurityGroup loadBalancer = estate.securityGroup(vpc, "legacy-clb", "ERP web front end", erpTags("legacy-clb", ERP_TEAM),
                Rule.tcp(80, "0.0.0.0/0", null));
        SecurityGroup erp = estate.securityGroup(vpc, "legacy-erp-app", "ERP application and SQL Server", erpTags("legacy-erp-app", ERP_TEAM),
                Rule.tcpFromGroup(80, "legacy-clb", null),
                Rule.tcpFromGroup(1433, "legacy-erp-app", "ERP app to SQL Server"),
                Rule.tcp(1433, "10.10.0.0/16", "Storefront reporting (planned)"));
        SecurityGroup admin = estate.securityGroup(vpc, "legacy-admin", "Administration from shared services", SampleTags.name("legacy-admin"),
                Rule.tcpFromGroup(22, "shared-bastion", null), Rule.tcpFromGroup(3389, "shared-bastion", "RDP from the bastion"),
                Rule.tcp(9100, "10.100.0.0/16", "node_exporter"), Rule.tcp(9182, "10.100.0.0/16", "windows_exporter"));
        SecurityGroup sftp = estate.securityGroup(vpc, "legacy-sftp", "Partner SFTP", erpTags("legacy-sftp", ERP_TEAM),
                Rule.tcp(22, "0.0.0.0/0", "Partner SFTP uploads"));

        estate.natGateway("legacy-nat-a", publicA, "192.0.2.20", erpTags("legacy-nat-a", ERP_TEAM));
        estate.gatewayEndpoint("legacy-s3-gateway", vpc, "s3", SampleTags.name("legacy-s3-gateway"));

        Instance sqlServer = estate.instance("legacy-erp-win-1", publicA, "m4.2xlarge", OperatingSystem.WINDOWS_2012_R2_SQL_STANDARD)
                .groups(erp, admin)
                .tags(SampleTags.with(erpTags("legacy-erp-win-1", ERP_TEAM), "Description", SampleTags.AWKWARD_DESCRIPTION))
                .profile(UsageProfile.steady(31, 4, 0))
                .publicIp("192.0.2.21")
                .software("Microsoft SQL Server 2014 (64-bit)", "12.2.5000.0", "Microsoft Corporation")
                .software("Microsoft SQL Server 2014 Setup (English)", "12.2.5000.0", "Microsoft Corporation")
                .software("Microsoft .NET Framework 4.5.2", "4.5.51209", "Microsoft Corporation")
                .software("Northwind ERP Server", "6.2.1", "Northwind Traders")
                .volumes(80, 1000)
                .imdsOptional()
                .keyName("erp-2016")
                .launched("2016-04-18T09:12:40+00:00")
                .add();
        Instance appServer = estate.instance("legacy-erp-win-2", privateA, "m4.xlarge", OperatingSystem.WINDOWS_2012_R2)
                .groups(erp, admin)
                .tags(erpTags("legacy-erp-win-2", null))
                .profile(UsageProfile.steady(18, 3, 0))
                .software("Northwind ERP Client Services", "6.2.1", "Northwind Traders")
                .software("Microsoft .NET Framework 4.5.2", "4.5.51209", "Microsoft Corporation")
                .software("Microsoft Visual C++ 2010  x64 Redistributable - 10.0.40219", "10.0.40219", "Microsoft Corporation")
                .imdsOptional()
                .keyName("erp-2016")
                .launched("2017-01-23T14:37:05+00:00")
                .add();
        estate.instance("legacy-sftp-1", publicB, "t2.medium", OperatingSystem.UBUNTU_18_04)
                .groups(sftp, admin)
                // a lowercase tag key, as hand-made tags often have
                .tags(List.of(new Tag("Name", "legacy-sftp-1"), new Tag("environment", "production"), new Tag("Owner", ERP_TEAM),
                        new Tag("Application", "partner-sftp"), new Tag("CostCenter", ERP_COST_CENTER)))
                .profile(UsageProfile.steady(7, 3, 0))
                .publicIp("192.0.2.22")
                .unmanaged()
                .volumes(20, 300)
                .imdsOptional()
                .keyName("sftp-admin")
                .launched("2018-08-30T10:05:19+00:00")
                .add();
        estate.instance("legacy-reporting-1", privateA, "m4.large", OperatingSystem.AMAZON_LINUX_2)
                .groups(admin)
                .tags(erpTags("legacy-reporting-1", null))
                .profile(UsageProfile.idle())
                .software("jasperreports-server", "7.8.0", "TIBCO Software")
                .imdsOptional()
                .launched("2019-11-04T16:20:51+00:00")
                .add();

        estate.classicLoadBalancer("legacy-erp-clb", List.of(publicA, publicB), List.of(loadBalancer), List.of("192.0.2.23", "192.0.2.24"), 80, 80,
                List.of(sqlServer, appServer), "2016-04-18T10:02:11.470000+00:00", SampleTags.unnamed("production", ERP_TEAM, "erp", ERP_COST_CENTER));
    }

    private static void buildNonProduction(EstateBuilder estate, AccountRegion where)
    {
        Vpc vpc = estate.vpc(where, "nonprod", "10.30.0.0/16", SampleTags.standard("nonprod", "staging", "platform-team", "shared-nonprod", NONPROD_COST_CENTER));
        Subnet privateA = estate.subnet(vpc, "nonprod-private-a", "10.30.10.0/24", "us-east-1a", false);
        Subnet privateB = estate.subnet(vpc, "nonprod-private-b", "10.30.11.0/24", "us-east-1b", false);

        SecurityGroup web = estate.securityGroup(vpc, "nonprod-web", "Staging web", SampleTags.name("nonprod-web"),
                Rule.tcp(22, "10.100.0.0/16", "CI deploys"), Rule.tcp(8080, "10.30.0.0/16", "Staging VPC"));
        SecurityGroup database = estate.securityGroup(vpc, "nonprod-db", "Staging PostgreSQL", SampleTags.name("nonprod-db"),
                Rule.tcpFromGroup(5432, "nonprod-web", null));
        SecurityGroup devTools = estate.securityGroup(vpc, "dev-tools", "Developer tools", List.of(),
                Rule.tcp(8080, "0.0.0.0/0", "Jenkins UI (temporary)"), Rule.tcp(22, "10.100.0.0/16", null));

        estate.instance("staging-web-1", privateA, "t3.medium", OperatingSystem.AMAZON_LINUX_2023)
                .groups(web)
                .tags(SampleTags.standard("staging-web-1", "staging", NorthwindStorefront.TEAM, "storefront", NONPROD_COST_CENTER))
                .profile(UsageProfile.steady(9, 0.3, 0))
                .software("nginx", "1.24.0", "Amazon Linux")
                .launched("2026-05-11T12:00:09+00:00")
                .add();
        estate.instance("staging-orders-1", privateB, "t3.large", OperatingSystem.AMAZON_LINUX_2)
                .groups(web)
                .tags(SampleTags.standard("staging-orders-1", "staging", "orders-team", "orders", NONPROD_COST_CENTER))
                .profile(UsageProfile.idle())
                .software("java-11-amazon-corretto-headless", "11.0.25+9-1", "Amazon.com")
                .launched("2024-02-20T10:44:31+00:00")
                .add();
        estate.instance("dev-sandbox-1", privateA, "t3.xlarge", OperatingSystem.AMAZON_LINUX_2023)
                .groups(devTools)
                .tags(SampleTags.standard("dev-sandbox-1", "dev", null, "sandbox", NONPROD_COST_CENTER))
                .profile(UsageProfile.idle())
                .memoryAgent()
                .unmanaged()
                .launched("2025-08-14T17:03:26+00:00")
                .add();
        estate.instance("dev-jenkins-old", privateB, "m5.large", OperatingSystem.UBUNTU_18_04)
                .groups(devTools)
                .tags(SampleTags.standard("dev-jenkins-old", "dev", "platform-team", "jenkins", NONPROD_COST_CENTER))
                .profile(UsageProfile.idle())
                .software("jenkins", "2.263.4", "Jenkins project")
                .software("openjdk-8-jre-headless", "8u312-b07-0ubuntu1~18.04", "Ubuntu Developers")
                .volumes(30, 200)
                .imdsOptional()
                .launched("2020-12-01T09:30:00+00:00")
                .add();

        estate.database("staging-db", privateA, List.of(privateA, privateB), "nonprod-db-subnets", List.of(database), "16.4", "db.t4g.medium", 100, false,
                null, SampleTags.standard("staging-db", "staging", NorthwindStorefront.TEAM, "storefront", NONPROD_COST_CENTER),
                UsageProfile.steady(6, 0, 4), "2024-09-03T08:15:27.604000+00:00");
    }

    private static List<Tag> erpTags(String name, String owner)
    {
        return SampleTags.standard(name, "production", owner, "erp", ERP_COST_CENTER);
    }
}

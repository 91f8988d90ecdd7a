package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

/** The GetProducts questions pin exactly one product each. */
class PriceListQuestionsTest
{
    @Test
    void asksForAWindowsInstanceItsRightSizesAndNoGravitonOfItsOwnOperatingSystem()
    {
        Resource host = ec2("win").instanceType("m5.xlarge").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348").region("eu-west-1").build();

        Map<String, PriceListQuestions.Question> questions = PriceListQuestions.of(inventory(host));

        assertThat(questions).containsOnlyKeys(
                "eu-west-1 ec2.windows.m5.xlarge", "eu-west-1 ec2.windows.m5.large", "eu-west-1 ec2.windows.m5.medium", "eu-west-1 ec2.linux.m7g.xlarge",
                // the Refactor targets, and data transfer out of the region
                "eu-west-1 lambda.request", "eu-west-1 lambda.gb-second.x86_64", "eu-west-1 lambda.gb-second.arm64",
                "eu-west-1 fargate.vcpu-hour.x86_64", "eu-west-1 fargate.gb-hour.x86_64", "eu-west-1 datatransfer.internet-out.gb", "eu-west-1 datatransfer.inter-az.gb");
        assertThat(questions.get("eu-west-1 ec2.windows.m5.xlarge").query().describe()).isEqualTo(
                "AmazonEC2 capacitystatus=Used instanceType=m5.xlarge licenseModel=No License required operatingSystem=Windows "
                        + "preInstalledSw=NA regionCode=eu-west-1 tenancy=Shared");
    }

    @Test
    void asksForSqlServerByEditionLicenceAndDeploymentOption()
    {
        Resource database = new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:erp", ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", "erp", Map.of(), null,
                new ResourceDetails.RdsDbInstance("erp", "db.r5.large", "sqlserver-se", "15.00", "license-included", 200, "gp3", true, false, "erp.example", 1433, null));

        Map<String, PriceListQuestions.Question> questions = PriceListQuestions.of(inventory(database));

        assertThat(questions.get("us-east-1 rds.sqlserver-se.multi-az.db.r5.large").query().describe()).isEqualTo(
                "AmazonRDS databaseEdition=Standard databaseEngine=SQL Server deploymentOption=Multi-AZ instanceType=db.r5.large "
                        + "licenseModel=License included regionCode=us-east-1");
        assertThat(questions).containsKey("us-east-1 rds.sqlserver-se.multi-az.db.r7g.large");
    }

    @Test
    void takesAProductByItsUsageTypeWhateverTheRegionPrefixButNotAnotherProductsPrefix()
    {
        PriceListQuestions.Question hours = new PriceListQuestions.Question(
                PriceListQuestions.query("AWSELB", "eu-west-1", Map.of("productFamily", "Load Balancer-Application")), "eu-west-1", "elb.application.hour", "", "LoadBalancerUsage");

        assertThat(hours.selects(product("EU-LoadBalancerUsage"))).isTrue();
        assertThat(hours.selects(product("USE1-LoadBalancerUsage"))).isTrue();
        assertThat(hours.selects(product("LoadBalancerUsage"))).isTrue();
        // the trust store's hours share the unit, and "TS-" is not a region prefix
        assertThat(hours.selects(product("TS-LoadBalancerUsage"))).isFalse();
        assertThat(hours.selects(product("EU-TS-LoadBalancerUsage"))).isFalse();
    }

    private static PriceListItem product(String usageType)
    {
        return PriceListItem.parse(PriceListItems.item("AWSELB", "SKU" + usageType.length(), "Load Balancer-Application", Map.of("usagetype", usageType), "Hrs", "0.0252"), "test");
    }
}

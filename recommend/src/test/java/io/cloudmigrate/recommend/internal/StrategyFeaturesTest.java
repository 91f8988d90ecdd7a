package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.Workloads;
import io.cloudmigrate.scoring.LifecycleCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StrategyFeaturesTest
{
    private static Map<String, Double> features(Resource resource)
    {
        double[] values = StrategyFeatures.ofEstate(LifecycleCatalog.bundled(), Workloads.inventory(List.of(resource), List.of()),
                Workloads.graph(List.of(resource), List.of()), AS_OF, BusinessGoals.DEFAULT).get(resource.id());
        java.util.Map<String, Double> named = new java.util.TreeMap<>();
        for (int index = 0; index < values.length; index++) {
            named.put(StrategyFeatures.NAMES.get(index), values[index]);
        }
        return named;
    }

    @Test
    void aWindowsInstanceThatBringsItsOwnLicenceIsNotLicenceIncluded()
    {
        Map<String, Double> byol = features(ec2("byol").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348").platform("Windows BYOL").build());
        Map<String, Double> included = features(ec2("included").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348").build());
        Map<String, Double> sqlServer = features(ec2("sql").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348")
                .platform("Windows with SQL Server Standard").software("Microsoft SQL Server 2019 (64-bit)").build());

        assertThat(byol).containsEntry("licence.byol", 1.0).containsEntry("licence.windowsIncluded", 0.0).containsEntry("os.windows", 1.0);
        assertThat(included).containsEntry("licence.byol", 0.0).containsEntry("licence.windowsIncluded", 1.0).containsEntry("licence.sqlServerIncluded", 0.0);
        assertThat(sqlServer).containsEntry("licence.sqlServerIncluded", 1.0);
    }

    @Test
    void dataSizeAndAgeAreScaledWhenKnownAndFlaggedWhenNot()
    {
        // the builder's instance: 100 GB of EBS, launched 2024-01-01, 1,056 days before the assessment date
        Map<String, Double> instance = features(ec2("known").build());
        Resource cache = Workloads.cache("sessions", "redis", "7.1.0");
        Map<String, Double> unknown = features(cache);
        Resource bucket = new Resource("arn:aws:s3:::logs", ResourceType.S3_BUCKET, Workloads.ACCOUNT, "us-east-1", "logs", Workloads.OWNED, null,
                new ResourceDetails.S3Bucket("logs", "not a date", "Enabled", "AES256", -1, 0, List.of()));
        Map<String, Double> unmeasured = features(bucket);

        assertThat(instance.get("data.size")).isCloseTo(Math.log10(101) / StrategyFeatures.FULL_DATA_LOG10_GB, within(1e-12));
        assertThat(instance).containsEntry("data.sizeUnknown", 0.0).containsEntry("age.unknown", 0.0);
        assertThat(instance.get("age.years")).isCloseTo(1056 / StrategyFeatures.FULL_AGE_DAYS, within(1e-12));
        assertThat(unknown).containsEntry("data.size", 0.0).containsEntry("data.sizeUnknown", 1.0).containsEntry("age.unknown", 1.0);
        assertThat(unmeasured).containsEntry("data.sizeUnknown", 1.0).containsEntry("age.unknown", 1.0).containsEntry("age.years", 0.0);
    }
}

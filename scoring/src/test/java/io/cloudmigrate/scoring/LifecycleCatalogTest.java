package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.Resource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.lambda;
import static io.cloudmigrate.scoring.Estates.rds;
import static io.cloudmigrate.scoring.LifecycleCatalog.HORIZON_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

class LifecycleCatalogTest
{
    private final LifecycleCatalog catalog = LifecycleCatalog.bundled();

    @Test
    void findsWindowsServer2012R2FromTheNameSsmReports()
    {
        Resource host = ec2("legacy").operatingSystem("Microsoft Windows Server 2012 R2 Standard", "6.3.9600").build();

        assertThat(catalog.matches(host)).singleElement().satisfies(match -> {
            assertThat(match.entry().id()).isEqualTo("windows-server-2012");
            assertThat(match.observed()).isEqualTo("Microsoft Windows Server 2012 R2 Standard");
            assertThat(match.entry().supportEnds()).isEqualTo(LocalDate.of(2023, 10, 10));
            // Extended Security Updates ended 2026-10-13, before the as-of date.
            assertThat(match.entry().statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.UNSUPPORTED);
            assertThat(match.entry().statusAt(LocalDate.of(2025, 1, 1), HORIZON_DEFAULT)).isEqualTo(SupportStatus.PAID_EXTENSION_ONLY);
        });
    }

    @Test
    void tellsAmazonLinux2FromAmazonLinux2023()
    {
        Resource two = ec2("al2").operatingSystem("Amazon Linux", "2").build();
        Resource twentyTwentyThree = ec2("al2023").operatingSystem("Amazon Linux", "2023").build();

        assertThat(catalog.matches(two)).singleElement().satisfies(match -> {
            assertThat(match.entry().id()).isEqualTo("amazon-linux-2");
            assertThat(match.entry().statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.UNSUPPORTED);
        });
        assertThat(catalog.matches(twentyTwentyThree)).singleElement().satisfies(match -> {
            assertThat(match.entry().id()).isEqualTo("amazon-linux-2023");
            assertThat(match.entry().statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.SUPPORTED);
        });
    }

    @Test
    void judgesRdsEnginesByTheirEndOfStandardSupport()
    {
        assertThat(status(rds("a", "postgres", "12.15", "db.m5.large", 20, Map.of()))).isEqualTo(SupportStatus.PAID_EXTENSION_ONLY);
        assertThat(status(rds("b", "postgres", "16.4", "db.m5.large", 20, Map.of()))).isEqualTo(SupportStatus.SUPPORTED);
        assertThat(status(rds("c", "mysql", "8.0.35", "db.m5.large", 20, Map.of()))).isEqualTo(SupportStatus.PAID_EXTENSION_ONLY);
        assertThat(status(rds("d", "postgres", "14.9", "db.m5.large", 20, Map.of()))).isEqualTo(SupportStatus.ENDING_WITHIN_HORIZON);
    }

    @Test
    void matchesNoEntryForAnEngineWhoseVersionIsUnknown()
    {
        assertThat(catalog.matches(rds("e", "postgres", null, "db.m5.large", 20, Map.of()))).isEmpty();
    }

    @Test
    void findsServerSoftwareAndDeprecatedRuntimes()
    {
        Resource host = ec2("sql").operatingSystem("Microsoft Windows Server 2019 Datacenter", "10.0.17763")
                .software("Microsoft SQL Server 2014 (64-bit)", "Notepad++ 8.1").build();

        assertThat(catalog.matches(host)).extracting(match -> match.entry().id()).containsExactly("windows-server-2019", "sql-server-2014");
        assertThat(catalog.matches(lambda("old", "python3.9"))).singleElement()
                .satisfies(match -> assertThat(match.entry().statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.UNSUPPORTED));
        assertThat(catalog.matches(lambda("new", "python3.13"))).singleElement()
                .satisfies(match -> assertThat(match.entry().statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.SUPPORTED));
    }

    @Test
    void namesWhatItDoesNotListInsteadOfCallingItSupported()
    {
        assertThat(catalog.unlisted(lambda("future", "nodejs30.x"))).hasValue("nodejs30.x");
        assertThat(catalog.unlisted(rds("next", "postgres", "99.1", "db.m5.large", 20, Map.of()))).hasValue("postgres 99.1");
        assertThat(catalog.unlisted(lambda("old", "nodejs8.10"))).isEmpty();
        // no version at all is not "unlisted": there is nothing to look up
        assertThat(catalog.unlisted(rds("e", "postgres", null, "db.m5.large", 20, Map.of()))).isEmpty();
    }

    @Test
    void listsTheRdsAndAuroraMajorVersionsAwsHasEndedStandardSupportFor()
    {
        assertThat(catalog.find("rds:aurora-mysql 5.7.mysql_aurora.2.11.2")).hasValueSatisfying(entry -> {
            assertThat(entry.id()).isEqualTo("aurora-mysql-2");
            assertThat(entry.statusAt(AS_OF, HORIZON_DEFAULT)).isEqualTo(SupportStatus.PAID_EXTENSION_ONLY);
        });
        assertThat(catalog.find("rds:aurora 5.6.10a")).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo("aurora-mysql-1"));
        assertThat(catalog.find("rds:aurora-postgresql 12.9")).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo("aurora-postgresql-12"));
        assertThat(catalog.find("rds:mysql 5.6.51")).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo("rds-mysql-5.5-5.6"));
        assertThat(catalog.find("rds:postgres 9.6.24")).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo("rds-postgresql-9"));
        assertThat(catalog.find("rds:mariadb 10.3.39")).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo("rds-mariadb-10.0-10.3"));
    }

    @Test
    void everyBundledEntryNamesItsVendorSourceAndASuccessor()
    {
        assertThat(catalog.entries()).hasSizeGreaterThan(40).allSatisfy(entry -> {
            assertThat(entry.sourceUrl()).startsWith("https://");
            assertThat(entry.successor()).isNotBlank();
            assertThat(entry.patterns()).isNotEmpty();
        });
        assertThat(catalog.entries()).extracting(LifecycleEntry::id).doesNotHaveDuplicates();
    }

    private SupportStatus status(Resource resource)
    {
        return catalog.matches(resource).getFirst().entry().statusAt(AS_OF, HORIZON_DEFAULT);
    }
}

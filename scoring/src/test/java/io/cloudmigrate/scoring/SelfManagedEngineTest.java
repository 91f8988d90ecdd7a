package io.cloudmigrate.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelfManagedEngineTest
{
    @Test
    void recognisesDatabaseServersButNotTheirClients()
    {
        assertThat(SelfManagedEngine.detect(List.of("mysql-community-client 8.0.36", "mysql-community-server 8.0.36")))
                .hasValue(new SelfManagedEngine.Detected(SelfManagedEngine.MYSQL, "mysql-community-server 8.0.36"));
        assertThat(SelfManagedEngine.detect(List.of("Microsoft SQL Server 2012 Native Client", "Microsoft SQL Server 2019 (64-bit)")))
                .hasValue(new SelfManagedEngine.Detected(SelfManagedEngine.SQL_SERVER, "Microsoft SQL Server 2019 (64-bit)"));
        assertThat(SelfManagedEngine.detect(List.of("postgresql-libs 9.2.24", "mysql-connector-java 8.0"))).isEmpty();
    }

    @Test
    void prefersTheDatabaseWhenAHostAlsoRunsACache()
    {
        assertThat(SelfManagedEngine.detect(List.of("redis 6.2.7", "postgresql15-server 15.4")))
                .hasValueSatisfying(detected -> assertThat(detected.engine()).isEqualTo(SelfManagedEngine.POSTGRESQL));
        assertThat(SelfManagedEngine.detect(List.of("redis 6.2.7")))
                .hasValueSatisfying(detected -> assertThat(detected.engine().database()).isFalse());
    }
}

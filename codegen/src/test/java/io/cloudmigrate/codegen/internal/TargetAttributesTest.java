package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TargetAttributesTest
{
    @Test
    void takesTheEngineVersionNamedByTheTarget()
    {
        assertThat(TargetAttributes.engineVersion("13.12", "postgres", recommend(Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 16"))).isEqualTo("16");
        assertThat(TargetAttributes.engineVersion("13.12", "postgres", recommend(Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 13"))).isEqualTo("13.12");
        assertThat(TargetAttributes.engineVersion("8.0.35", "mysql", recommend(Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 16"))).isEqualTo("8.0.35");
        assertThat(TargetAttributes.engineVersion("15.2", "sqlserver-se", recommend(Strategy.REHOST, "Amazon RDS for SQL Server 16.00"))).isEqualTo("16.00");
    }

    @Test
    void upgradesTheLambdaRuntimeOnlyWhenTheTargetNamesOne()
    {
        ResourceDetails.LambdaFunction function = new ResourceDetails.LambdaFunction("f", "python3.8", "app.handler", 128, 3, 1, "x86_64", "Zip");

        assertThat(TargetAttributes.lambdaRuntime(function, recommend(Strategy.REPLATFORM, "AWS Lambda Python3.12"))).isEqualTo("python3.12");
        assertThat(TargetAttributes.lambdaRuntime(function, recommend(Strategy.RELOCATE, "AWS Lambda"))).isEqualTo("python3.8");
    }

    @Test
    void shortensTheVersionANodeReportsToTheFormElastiCacheAcceptsOnCreate()
    {
        assertThat(TargetAttributes.cacheEngineVersion("redis", "7.1.0")).isEqualTo("7.1");
        assertThat(TargetAttributes.cacheEngineVersion("redis", "6.2.6")).isEqualTo("6.2");
        assertThat(TargetAttributes.cacheEngineVersion("valkey", "8.0.1")).isEqualTo("8.0");
        assertThat(TargetAttributes.cacheEngineVersion("redis", "5.0.6")).isEqualTo("5.0.6");
        assertThat(TargetAttributes.cacheEngineVersion("memcached", "1.6.22")).isEqualTo("1.6.22");
        assertThat(TargetAttributes.cacheEngineVersion("redis", null)).isNull();
    }

    @Test
    void namesTheDefaultParameterGroupThatTurnsClusterModeOn()
    {
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", "7.1")).isEqualTo("default.redis7.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", "6.2.6")).isEqualTo("default.redis6.x.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", "5.0.6")).isEqualTo("default.redis5.0.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", "3.2.10")).isEqualTo("default.redis3.2.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("valkey", "8.0")).isEqualTo("default.valkey8.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("valkey", "7.2")).isEqualTo("default.valkey7.cluster.on");
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", "2.8.24")).isNull();
        assertThat(TargetAttributes.clusterModeParameterGroup("redis", null)).isNull();
    }

    @Test
    void rightSizesFromThePricedTarget()
    {
        ResourceDetails.Ec2Instance instance = new ResourceDetails.Ec2Instance("i-1", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-1",
                null, List.of(), List.of(), 0, null, List.of());

        assertThat(TargetAttributes.instanceType(instance, Optional.of(new StrategyCost(Strategy.REHOST, "m7g.medium Linux", 1, 1)))).isEqualTo("m7g.medium");
        assertThat(TargetAttributes.instanceType(instance, Optional.of(new StrategyCost(Strategy.REHOST, "EC2 on-demand", 1, 1)))).isEqualTo("m5.large");
        assertThat(TargetAttributes.instanceType(instance, Optional.empty())).isEqualTo("m5.large");
    }

    private static Recommendation recommend(Strategy strategy, String target)
    {
        return new Recommendation("arn:x", strategy, target, "T", "test", 0.5, List.of());
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArnsTest
{
    private static final String FUNCTION = "arn:aws:lambda:eu-west-1:111111111111:function:orders";

    @Test
    void findsTheLambdaFunctionBehindAnIntegrationUri()
    {
        assertThat(ApiGatewayReader.lambdaTarget(FUNCTION)).isEqualTo(FUNCTION);
        assertThat(ApiGatewayReader.lambdaTarget(FUNCTION + ":live")).isEqualTo(FUNCTION);
        assertThat(ApiGatewayReader.lambdaTarget("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/" + FUNCTION + "/invocations"))
                .isEqualTo(FUNCTION);
        assertThat(ApiGatewayReader.lambdaTarget("https://example.com/orders")).isNull();
        assertThat(ApiGatewayReader.lambdaTarget("arn:aws:apigateway:eu-west-1:sqs:path/111111111111/queue")).isNull();
    }

    @Test
    void buildsArnsTheWayAwsDoes()
    {
        RegionScope scope = new RegionScope("aws", "111111111111", "eu-west-1");
        assertThat(scope.ec2("natgateway", "nat-1")).isEqualTo("arn:aws:ec2:eu-west-1:111111111111:natgateway/nat-1");
        assertThat(scope.rdsDbInstance("orders")).isEqualTo("arn:aws:rds:eu-west-1:111111111111:db:orders");
        assertThat(scope.elastiCacheCluster("sessions")).isEqualTo("arn:aws:elasticache:eu-west-1:111111111111:cluster:sessions");
        assertThat(scope.classicLoadBalancer("legacy")).isEqualTo("arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/legacy");
        assertThat(scope.s3Bucket("assets")).isEqualTo("arn:aws:s3:::assets");
        assertThat(scope.restApi("a1")).isEqualTo("arn:aws:apigateway:eu-west-1::/restapis/a1");
        assertThat(scope.httpApi("h1")).isEqualTo("arn:aws:apigateway:eu-west-1::/apis/h1");
    }

    @Test
    void recognisesRegionFoldersAndTheirPartitions()
    {
        assertThat(RegionScope.isRegion("us-east-1")).isTrue();
        assertThat(RegionScope.isRegion("us-gov-west-1")).isTrue();
        assertThat(RegionScope.isRegion("cn-northwest-1")).isTrue();
        assertThat(RegionScope.isRegion("flow-logs")).isFalse();
        assertThat(RegionScope.isRegion("production")).isFalse();
        assertThat(RegionScope.partitionOfRegion("cn-north-1")).isEqualTo("aws-cn");
        assertThat(RegionScope.partitionOfRegion("us-gov-east-1")).isEqualTo("aws-us-gov");
        assertThat(RegionScope.partitionOfRegion("eu-central-2")).isEqualTo("aws");
        assertThat(RegionScope.partitionOf("arn:aws-cn:iam::1:user/x")).isEqualTo("aws-cn");
        assertThat(RegionScope.accountOf("arn:aws:s3:::bucket")).isNull();
    }
}

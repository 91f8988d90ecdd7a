package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResourceTagCallsTest
{
    private static final String ACCOUNT = "111111111111";
    private static final String FUNCTION = "arn:aws:lambda:us-west-2:111111111111:function:resize";
    private static final String CACHE = "arn:aws:elasticache:us-west-2:111111111111:cluster:sessions-001";
    private static final String BALANCER = "arn:aws:elasticloadbalancing:us-west-2:111111111111:loadbalancer/app/shop/50dc6c495c0c9188";
    private static final String TARGET_GROUP = "arn:aws:elasticloadbalancing:us-west-2:111111111111:targetgroup/web/73e2d6bc24d8a067";
    private static final String CLASSIC = "arn:aws:elasticloadbalancing:us-west-2:111111111111:loadbalancer/erp";
    private static final String BUCKET = "arn:aws:s3:::shop-assets";
    private static final String CLUSTER = "arn:aws:ecs:us-west-2:111111111111:cluster/shop";
    private static final String SERVICE = "arn:aws:ecs:us-west-2:111111111111:service/shop/web";

    @TempDir
    Path directory;

    @Test
    void readsLambdaTagsFromListTagsUnderTheFunctionArn()
    {
        Inventory inventory = estate()
                .file("us-west-2/lambda-list-functions.json", "{\"Functions\": [{\"FunctionName\": \"resize\", \"FunctionArn\": \"" + FUNCTION + "\"}]}")
                .file("us-west-2/lambda-list-tags/" + encode(FUNCTION), "{\"Tags\": {\"Owner\": \"media-team\", \"Application\": \"images\"}}")
                .importEstate();

        Resource function = inventory.resource(FUNCTION).orElseThrow();
        assertThat(function.tags()).isEqualTo(Map.of("Application", "images", "Owner", "media-team"));
        assertThat(function.name()).isEqualTo("resize");
    }

    @Test
    void readsElastiCacheTagsAndTakesTheNameTagAsTheName()
    {
        Inventory inventory = estate()
                .file("us-west-2/elasticache-describe-cache-clusters.json", "{\"CacheClusters\": [{\"CacheClusterId\": \"sessions-001\", \"ARN\": \"" + CACHE + "\"}]}")
                .file("us-west-2/elasticache-list-tags-for-resource/" + encode(CACHE) + ".json",
                        "{\"TagList\": [{\"Key\": \"Name\", \"Value\": \"shop-sessions\"}, {\"Key\": \"Owner\", \"Value\": \"shop-team\"}]}")
                .importEstate();

        Resource cluster = inventory.resource(CACHE).orElseThrow();
        assertThat(cluster.tags()).isEqualTo(Map.of("Name", "shop-sessions", "Owner", "shop-team"));
        assertThat(cluster.name()).isEqualTo("shop-sessions");
    }

    @Test
    void readsLoadBalancerTagsFromBothDescribeTagsAndIgnoresTargetGroups()
    {
        Inventory inventory = estate()
                .file("us-west-2/elbv2-describe-load-balancers.json", """
                        {"LoadBalancers": [{"LoadBalancerArn": "%s", "LoadBalancerName": "shop", "Type": "application"}]}
                        """.formatted(BALANCER))
                .file("us-west-2/elbv2-describe-target-groups.json", """
                        {"TargetGroups": [{"TargetGroupArn": "%s", "LoadBalancerArns": ["%s"]}]}
                        """.formatted(TARGET_GROUP, BALANCER))
                .file("us-west-2/elbv2-describe-tags.json", """
                        {"TagDescriptions": [
                          {"ResourceArn": "%s", "Tags": [{"Key": "Application", "Value": "shop"}]},
                          {"ResourceArn": "%s", "Tags": [{"Key": "Application", "Value": "shop-web"}]}]}
                        """.formatted(BALANCER, TARGET_GROUP))
                .file("us-west-2/elb-describe-load-balancers.json", "{\"LoadBalancerDescriptions\": [{\"LoadBalancerName\": \"erp\"}]}")
                .file("us-west-2/elb-describe-tags.json", """
                        {"TagDescriptions": [{"LoadBalancerName": "erp", "Tags": [{"Key": "Owner", "Value": "erp-team"}]}]}
                        """)
                .importEstate();

        assertThat(inventory.resource(BALANCER).orElseThrow().tags()).isEqualTo(Map.of("Application", "shop"));
        assertThat(inventory.resource(CLASSIC).orElseThrow().tags()).isEqualTo(Map.of("Owner", "erp-team"));
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void readsBucketTagsFromAnyRegionFolderOfTheAccount()
    {
        Inventory inventory = estate()
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/s3-list-buckets.json", "{\"Buckets\": [{\"Name\": \"shop-assets\"}, {\"Name\": \"scratch\"}]}")
                .file("us-west-2/s3-get-bucket-tagging/shop-assets", "{\"TagSet\": [{\"Key\": \"CostCenter\", \"Value\": \"CC-1\"}]}")
                .importEstate();

        assertThat(inventory.resource(BUCKET).orElseThrow().tags()).isEqualTo(Map.of("CostCenter", "CC-1"));
        assertThat(inventory.resource("arn:aws:s3:::scratch").orElseThrow().tags()).isEmpty();
    }

    @Test
    void readsEcsTagsIncludedInTheDescribeOutput()
    {
        Inventory inventory = estate()
                .file("us-west-2/ecs-describe-clusters.json", """
                        {"clusters": [{"clusterArn": "%s", "clusterName": "shop", "tags": [{"key": "Owner", "value": "shop-team"}]}]}
                        """.formatted(CLUSTER))
                .file("us-west-2/ecs-describe-services/" + encode(CLUSTER), """
                        {"services": [{"serviceArn": "%s", "serviceName": "web", "clusterArn": "%s", "status": "ACTIVE",
                          "tags": [{"key": "Application", "value": "shop"}]}]}
                        """.formatted(SERVICE, CLUSTER))
                .importEstate();

        assertThat(inventory.resource(CLUSTER).orElseThrow().tags()).isEqualTo(Map.of("Owner", "shop-team"));
        assertThat(inventory.resource(SERVICE).orElseThrow().tags()).isEqualTo(Map.of("Application", "shop"));
    }

    @Test
    void keepsTheDescribeOutputsValueWhenATagFileDisagrees()
    {
        Inventory inventory = estate()
                .file("us-west-2/lambda-list-functions.json", """
                        {"Functions": [{"FunctionName": "resize", "FunctionArn": "%s", "Tags": {"Owner": "media-team"}}]}
                        """.formatted(FUNCTION))
                .file("us-west-2/lambda-list-tags/" + encode(FUNCTION + ":live"), "{\"Tags\": {\"Owner\": \"someone-else\", \"Name\": \"resizer\"}}")
                .importEstate();

        Resource function = inventory.resource(FUNCTION).orElseThrow();
        assertThat(function.tags()).isEqualTo(Map.of("Name", "resizer", "Owner", "media-team"));
        assertThat(function.name()).isEqualTo("resizer");
    }

    @Test
    void warnsAboutTagFilesOfResourcesTheEstateDoesNotHold()
    {
        Inventory inventory = estate()
                .file("us-west-2/lambda-list-tags/" + encode(FUNCTION), "{\"Tags\": {\"Owner\": \"media-team\"}}")
                .file("us-west-2/elasticache-list-tags-for-resource/" + encode(CACHE), "{\"TagList\": []}")
                .file("us-west-2/elb-describe-tags.json", "{\"TagDescriptions\": [{\"LoadBalancerName\": \"erp\", \"Tags\": []}]}")
                .file("us-west-2/elbv2-describe-tags.json", "{\"TagDescriptions\": [{\"ResourceArn\": \"" + BALANCER + "\", \"Tags\": []}]}")
                .file("us-west-2/s3-get-bucket-tagging/shop-assets", "{\"TagSet\": []}")
                .file("us-west-2/s3-get-bucket-tagging/shop-logs", "{\"Rules\": []}")
                .importEstate();

        assertThat(warnings(inventory, "DanglingReference"))
                .extracting(InventoryWarning::service, InventoryWarning::input)
                .containsExactly(
                        tuple("elasticache", "us-west-2/elasticache-list-tags-for-resource/" + encode(CACHE)),
                        tuple("elb", "us-west-2/elb-describe-tags.json"),
                        tuple("elb", "us-west-2/elbv2-describe-tags.json"),
                        tuple("lambda", "us-west-2/lambda-list-tags/" + encode(FUNCTION)),
                        tuple("s3", "us-west-2/s3-get-bucket-tagging/shop-assets"));
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::message)
                .contains("us-west-2/lambda-list-tags/" + encode(FUNCTION) + " names Lambda function " + FUNCTION
                        + ", which is not in lambda-list-functions of 111111111111/us-west-2");
        assertThat(warnings(inventory, "UnexpectedShape")).extracting(InventoryWarning::input)
                .containsExactly("us-west-2/s3-get-bucket-tagging/shop-logs");
        assertThat(warnings(inventory, "SkippedFile")).isEmpty();
    }

    @Test
    void ignoresTheSampleIndexNextToTheEstateFileButNotElsewhere()
    {
        EstateFixture fixture = estate().file("index.txt", "us-west-2/sts-get-caller-identity.json\n");
        assertThat(warnings(fixture.importEstate(), "SkippedFile")).extracting(InventoryWarning::input).containsExactly("index.txt");

        Inventory inventory = fixture.file("cloudmigrate-estate.json", "{\"name\": \"copy of the sample\"}").importEstate();

        assertThat(warnings(inventory, "SkippedFile")).isEmpty();
    }

    private EstateFixture estate()
    {
        return EstateFixture.in(directory).account("us-west-2", ACCOUNT);
    }

    private static String encode(String identifier)
    {
        return URLEncoder.encode(identifier, StandardCharsets.UTF_8);
    }
}

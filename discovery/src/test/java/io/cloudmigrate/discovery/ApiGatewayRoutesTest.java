package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.ResourceDetails.Integration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class ApiGatewayRoutesTest
{
    private static final String ORDERS = "arn:aws:lambda:eu-west-1:111111111111:function:orders";
    private static final String ORDERS_URI = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/" + ORDERS + ":live/invocations";
    private static final String MISSING = "arn:aws:lambda:eu-west-1:111111111111:function:missing";

    @TempDir
    Path directory;

    @Test
    void readsRestRoutesAndTheLambdaFunctionsTheyInvoke()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/lambda-list-functions.json", "{\"Functions\": [{\"FunctionName\": \"orders\", \"FunctionArn\": \"" + ORDERS + "\"}]}")
                .file("eu-west-1/apigateway-get-rest-apis.json", """
                        {"items": [{"id": "a1b2c3", "name": "shop", "endpointConfiguration": {"types": ["REGIONAL"]}, "tags": {"team": "web"}}]}
                        """)
                .file("eu-west-1/apigateway-get-resources/a1b2c3", """
                        {"items": [
                          {"id": "r0", "path": "/"},
                          {"id": "r1", "path": "/orders", "resourceMethods": {
                            "POST": {"httpMethod": "POST", "methodIntegration": {"type": "AWS_PROXY", "uri": "%s"}},
                            "GET": {"httpMethod": "GET", "methodIntegration": {"type": "HTTP_PROXY", "uri": "https://legacy.example.com/orders"}}}},
                          {"id": "r2", "path": "/health", "resourceMethods": {"GET": {"httpMethod": "GET", "methodIntegration": {"type": "MOCK"}}}}]}
                        """.formatted(ORDERS_URI))
                .importEstate();

        Resource api = inventory.resource("arn:aws:apigateway:eu-west-1::/restapis/a1b2c3").orElseThrow();
        assertThat(api.type()).isEqualTo(ResourceType.API_GATEWAY_REST_API);
        assertThat(api.name()).isEqualTo("shop");
        assertThat(api.tags()).containsEntry("team", "web");
        assertThat(api.details()).isEqualTo(new ResourceDetails.ApiGateway("a1b2c3", "REST", "REGIONAL", List.of(
                new Integration("GET /health", "MOCK", null, null),
                new Integration("GET /orders", "HTTP_PROXY", null, "https://legacy.example.com/orders"),
                new Integration("POST /orders", "AWS_PROXY", ORDERS, ORDERS_URI))));
        assertThat(warnings(inventory, "DanglingReference")).isEmpty();
    }

    @Test
    void joinsHttpRoutesToTheirIntegrations()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("eu-west-1", "111111111111")
                .file("eu-west-1/lambda-list-functions.json", "{\"Functions\": [{\"FunctionName\": \"orders\", \"FunctionArn\": \"" + ORDERS + "\"}]}")
                .file("eu-west-1/apigatewayv2-get-apis.json", "{\"Items\": [{\"ApiId\": \"h1\", \"Name\": \"shop-http\", \"ProtocolType\": \"HTTP\"}]}")
                .file("eu-west-1/apigatewayv2-get-routes/h1", """
                        {"Items": [{"RouteKey": "GET /orders", "Target": "integrations/i1"}, {"RouteKey": "POST /refunds", "Target": "integrations/i2"},
                                   {"RouteKey": "$default"}]}
                        """)
                .file("eu-west-1/apigatewayv2-get-integrations/h1", """
                        {"Items": [{"IntegrationId": "i1", "IntegrationType": "AWS_PROXY", "IntegrationUri": "%s"},
                                   {"IntegrationId": "i2", "IntegrationType": "AWS_PROXY", "IntegrationUri": "%s"}]}
                        """.formatted(ORDERS, MISSING))
                .importEstate();

        ResourceDetails.ApiGateway api = details(inventory, "arn:aws:apigateway:eu-west-1::/apis/h1", ResourceDetails.ApiGateway.class);
        assertThat(api.protocolType()).isEqualTo("HTTP");
        assertThat(api.integrations()).containsExactly(
                new Integration("$default", null, null, null),
                new Integration("GET /orders", "AWS_PROXY", ORDERS, ORDERS),
                new Integration("POST /refunds", "AWS_PROXY", MISSING, MISSING));
        assertThat(warnings(inventory, "DanglingReference")).singleElement().satisfies(warning -> {
            assertThat(warning.input()).isEqualTo("arn:aws:apigateway:eu-west-1::/apis/h1");
            assertThat(warning.message()).contains(MISSING);
        });
    }
}

package io.cloudmigrate.discovery.aws.apigateway;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** Reads REST APIs and their resources with methods and integrations embedded. Pages are as large as each API allows. */
final class RestApiScanner
        implements Scanner
{
    private final ScannerContext context;

    RestApiScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ApiGatewayClient apiGateway = context.client(ApiGatewayClient.builder());
        List<RestApi> apis = apiGateway.getRestApisPaginator(request -> request.limit(500)).items().stream().toList();
        context.document("apigateway-get-rest-apis", "items", apis);
        for (RestApi api : apis) {
            context.resourceDocument("apigateway-get-resources", api.id(), "items",
                    apiGateway.getResourcesPaginator(request -> request.restApiId(api.id()).limit(500).embed("methods")).items().stream().toList());
        }
    }
}

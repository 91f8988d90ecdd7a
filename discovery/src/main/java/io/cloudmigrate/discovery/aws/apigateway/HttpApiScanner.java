package io.cloudmigrate.discovery.aws.apigateway;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetIntegrationsResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads HTTP and WebSocket APIs with their routes and integrations. The SDK has no paginators for
 * API Gateway v2, so the {@code NextToken} loop is written out, with the largest page (500).
 */
final class HttpApiScanner
        implements Scanner
{
    private static final String PAGE_SIZE = "500";

    private final ScannerContext context;

    HttpApiScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ApiGatewayV2Client apiGateway = context.client(ApiGatewayV2Client.builder());
        List<Api> apis = all(token -> apiGateway.getApis(request -> request.maxResults(PAGE_SIZE).nextToken(token)),
                GetApisResponse::items, GetApisResponse::nextToken);
        context.document("apigatewayv2-get-apis", "Items", apis);
        for (Api api : apis) {
            context.resourceDocument("apigatewayv2-get-routes", api.apiId(), "Items",
                    all(token -> apiGateway.getRoutes(request -> request.apiId(api.apiId()).maxResults(PAGE_SIZE).nextToken(token)),
                            GetRoutesResponse::items, GetRoutesResponse::nextToken));
            context.resourceDocument("apigatewayv2-get-integrations", api.apiId(), "Items",
                    all(token -> apiGateway.getIntegrations(request -> request.apiId(api.apiId()).maxResults(PAGE_SIZE).nextToken(token)),
                            GetIntegrationsResponse::items, GetIntegrationsResponse::nextToken));
        }
    }

    private static <R, T extends SdkPojo> List<T> all(Function<String, R> call, Function<R, List<T>> items, Function<R, String> nextToken)
    {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            R page = call.apply(token);
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
        }
        while (token != null && !token.isEmpty());
        return all;
    }
}

package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.Integration;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway REST APIs (routes from {@code get-resources --embed methods}) and HTTP or WebSocket
 * APIs (routes joined to their integrations), with the Lambda function each route invokes.
 */
final class ApiGatewayReader
{
    private static final String REST_OPERATION = "apigateway-get-rest-apis";
    private static final String HTTP_OPERATION = "apigatewayv2-get-apis";
    /** {@code arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations} */
    private static final Pattern INVOCATION_URI = Pattern.compile(":lambda:path/[0-9-]+/functions/(arn:[^/]+)/invocations");

    private ApiGatewayReader() {}

    static void read(RegionContext context)
    {
        for (JsonNode api : context.items(REST_OPERATION, "items")) {
            String apiId = Json.text(api, "id");
            if (apiId == null) {
                continue;
            }
            List<String> endpointTypes = Json.strings(api.path("endpointConfiguration"), "types");
            List<Integration> integrations = new ArrayList<>();
            context.files().resourceFile("apigateway-get-resources", apiId).ifPresent(document -> {
                for (JsonNode resource : Json.array(document, "items")) {
                    String path = Json.text(resource, "path");
                    resource.path("resourceMethods").properties().forEach(method -> {
                        JsonNode integration = method.getValue().path("methodIntegration");
                        String uri = Json.text(integration, "uri");
                        integrations.add(new Integration(method.getKey() + " " + path, Json.text(integration, "type"), lambdaTarget(uri), uri));
                    });
                }
            });
            add(context, api, context.scope().restApi(apiId), ResourceType.API_GATEWAY_REST_API, REST_OPERATION,
                    new ResourceDetails.ApiGateway(apiId, "REST", endpointTypes.isEmpty() ? null : endpointTypes.getFirst(), sorted(integrations)),
                    Json.text(api, "name"));
        }
        for (JsonNode api : context.items(HTTP_OPERATION, "Items")) {
            String apiId = Json.text(api, "ApiId");
            if (apiId == null) {
                continue;
            }
            String protocolType = Json.text(api, "ProtocolType");
            // HTTP and WebSocket APIs have no endpoint types: they are always regional
            add(context, api, context.scope().httpApi(apiId), ResourceType.API_GATEWAY_HTTP_API, HTTP_OPERATION,
                    new ResourceDetails.ApiGateway(apiId, protocolType == null ? "HTTP" : protocolType, "REGIONAL", routes(context, apiId)),
                    Json.text(api, "Name"));
        }
    }

    private static List<Integration> routes(RegionContext context, String apiId)
    {
        Map<String, JsonNode> integrationsById = new TreeMap<>();
        context.files().resourceFile("apigatewayv2-get-integrations", apiId).ifPresent(document -> Json.array(document, "Items")
                .forEach(integration -> integrationsById.put(String.valueOf(Json.text(integration, "IntegrationId")), integration)));
        List<Integration> integrations = new ArrayList<>();
        context.files().resourceFile("apigatewayv2-get-routes", apiId).ifPresent(document -> {
            for (JsonNode route : Json.array(document, "Items")) {
                String target = Json.text(route, "Target");
                JsonNode integration = target == null ? null : integrationsById.get(target.substring(target.indexOf('/') + 1));
                String uri = Json.text(integration, "IntegrationUri");
                integrations.add(new Integration(Json.text(route, "RouteKey"), Json.text(integration, "IntegrationType"), lambdaTarget(uri), uri));
            }
        });
        return sorted(integrations);
    }

    private static void add(RegionContext context, JsonNode api, String arn, ResourceType type, String operation, ResourceDetails details, String apiName)
    {
        Map<String, String> tags = Json.tags(api);
        String fallback = apiName == null ? ((ResourceDetails.ApiGateway) details).apiId() : apiName;
        context.estate().add(context, new Resource(arn, type, context.accountId(), context.region(), Json.name(tags, fallback), tags,
                NetworkPlacement.NONE, details), context.files().documentPath(operation));
    }

    /**
     * The Lambda function an integration URI invokes: HTTP APIs name the function ARN directly, REST
     * APIs wrap it in an API Gateway invocation URI.
     */
    static String lambdaTarget(String uri)
    {
        if (uri == null) {
            return null;
        }
        String[] parts = uri.split(":");
        if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("lambda") && parts[5].equals("function")) {
            return LambdaReader.unqualified(uri);
        }
        Matcher matcher = INVOCATION_URI.matcher(uri);
        return matcher.find() ? LambdaReader.unqualified(matcher.group(1)) : null;
    }

    private static List<Integration> sorted(List<Integration> integrations)
    {
        return integrations.stream()
                .sorted(Comparator.comparing(Integration::route, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}

package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleServices.HttpApi;
import io.cloudmigrate.discovery.sample.SampleServices.HttpRoute;
import io.cloudmigrate.discovery.sample.SampleServices.RestApi;
import io.cloudmigrate.discovery.sample.SampleServices.RestMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes the API Gateway files: {@code apigateway-get-rest-apis.json} and
 * {@code apigateway-get-resources/<id>} (with {@code --embed methods}) for REST APIs;
 * {@code apigatewayv2-get-apis.json}, {@code apigatewayv2-get-routes/<id>} and
 * {@code apigatewayv2-get-integrations/<id>} for HTTP APIs.
 */
final class ApiGatewayJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    ApiGatewayJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode restApis = array();
        for (RestApi api : topology.restApis()) {
            if (api.where().equals(region)) {
                restApis.add(restApi(api));
                out.write(region.folder() + "/apigateway-get-resources/" + SampleIds.fileName(api.id()), resources(api));
            }
        }
        ArrayNode httpApis = array();
        for (HttpApi api : topology.httpApis()) {
            if (api.where().equals(region)) {
                httpApis.add(httpApi(api));
                out.write(region.folder() + "/apigatewayv2-get-routes/" + SampleIds.fileName(api.id()), routes(api));
                out.write(region.folder() + "/apigatewayv2-get-integrations/" + SampleIds.fileName(api.id()), integrations(api));
            }
        }
        out.write(region.folder() + "/apigateway-get-rest-apis.json", NetworkJsonWriter.wrap("items", restApis));
        out.write(region.folder() + "/apigatewayv2-get-apis.json", NetworkJsonWriter.wrap("Items", httpApis));
    }

    private static ObjectNode restApi(RestApi api)
    {
        ObjectNode node = object();
        node.put("id", api.id());
        node.put("name", api.name());
        node.put("description", api.description());
        node.put("createdDate", api.createdDate());
        node.put("apiKeySource", "HEADER");
        node.putObject("endpointConfiguration").put("ipAddressType", "ipv4").set("types", AwsCliJsonWriter.strings(List.of("REGIONAL")));
        node.set("tags", AwsCliJsonWriter.tagMap(api.tags()));
        node.put("disableExecuteApiEndpoint", false);
        node.put("rootResourceId", resourceId(api, "/"));
        return node;
    }

    /** Every resource on the way to each method's path, parents first, with the methods embedded. */
    private static ObjectNode resources(RestApi api)
    {
        Map<String, List<RestMethod>> methodsByPath = new LinkedHashMap<>();
        methodsByPath.put("/", new ArrayList<>());
        for (RestMethod method : api.methods()) {
            String path = "";
            for (String part : method.path().substring(1).split("/")) {
                path = path + "/" + part;
                methodsByPath.computeIfAbsent(path, key -> new ArrayList<>());
            }
            methodsByPath.get(method.path()).add(method);
        }
        ArrayNode items = array();
        methodsByPath.forEach((path, methods) -> {
            ObjectNode resource = items.addObject();
            resource.put("id", resourceId(api, path));
            if (!path.equals("/")) {
                String parent = path.substring(0, path.lastIndexOf('/'));
                resource.put("parentId", resourceId(api, parent.isEmpty() ? "/" : parent));
                resource.put("pathPart", path.substring(path.lastIndexOf('/') + 1));
            }
            resource.put("path", path);
            if (!methods.isEmpty()) {
                ObjectNode resourceMethods = resource.putObject("resourceMethods");
                methods.forEach(method -> resourceMethods.set(method.httpMethod(), method(api, method)));
            }
        });
        return NetworkJsonWriter.wrap("items", items);
    }

    private static ObjectNode method(RestApi api, RestMethod method)
    {
        String resourceId = resourceId(api, method.path());
        ObjectNode node = object();
        node.put("httpMethod", method.httpMethod());
        node.put("authorizationType", "NONE");
        node.put("apiKeyRequired", false);
        if (method.path().contains("{")) {
            String parameter = method.path().substring(method.path().indexOf('{') + 1, method.path().indexOf('}'));
            node.putObject("requestParameters").put("method.request.path." + parameter, true);
        }
        ObjectNode integration = node.putObject("methodIntegration");
        Function function = method.function();
        if (function == null) {
            integration.put("type", "MOCK");
            integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
            integration.put("passthroughBehavior", "WHEN_NO_MATCH");
        }
        else {
            integration.put("type", "AWS_PROXY");
            integration.put("httpMethod", "POST");
            integration.put("uri", "arn:aws:apigateway:" + api.where().region() + ":lambda:path/2015-03-31/functions/" + function.arn() + "/invocations");
            integration.put("passthroughBehavior", "WHEN_NO_MATCH");
            integration.put("contentHandling", "CONVERT_TO_TEXT");
        }
        integration.put("timeoutInMillis", 29000);
        integration.put("cacheNamespace", resourceId);
        integration.set("cacheKeyParameters", array());
        return node;
    }

    private static ObjectNode httpApi(HttpApi api)
    {
        ObjectNode node = object();
        node.put("ApiEndpoint", "https://" + api.id() + ".execute-api." + api.where().region() + ".amazonaws.com");
        node.put("ApiId", api.id());
        node.put("ApiKeySelectionExpression", "$request.header.x-api-key");
        node.put("CreatedDate", api.createdDate());
        node.put("DisableExecuteApiEndpoint", false);
        node.put("IpAddressType", "ipv4");
        node.put("Name", api.name());
        node.put("ProtocolType", "HTTP");
        node.put("RouteSelectionExpression", "$request.method $request.path");
        node.set("Tags", AwsCliJsonWriter.tagMap(api.tags()));
        return node;
    }

    private static ObjectNode routes(HttpApi api)
    {
        ArrayNode items = array();
        for (HttpRoute route : api.routes()) {
            items.addObject()
                    .put("ApiKeyRequired", false)
                    .put("AuthorizationType", "NONE")
                    .put("RouteId", SampleIds.alphanumeric("route:" + api.id() + route.routeKey(), 7))
                    .put("RouteKey", route.routeKey())
                    .put("Target", "integrations/" + integrationId(api, route.function()));
        }
        return NetworkJsonWriter.wrap("Items", items);
    }

    /** One integration per function, shared by the routes that invoke it. */
    private static ObjectNode integrations(HttpApi api)
    {
        ArrayNode items = array();
        api.routes().stream().map(HttpRoute::function).distinct().forEach(function -> items.addObject()
                .put("ConnectionType", "INTERNET")
                .put("IntegrationId", integrationId(api, function))
                .put("IntegrationMethod", "POST")
                .put("IntegrationType", "AWS_PROXY")
                .put("IntegrationUri", function.arn())
                .put("PayloadFormatVersion", "2.0")
                .put("TimeoutInMillis", 30000));
        return NetworkJsonWriter.wrap("Items", items);
    }

    private static String resourceId(RestApi api, String path)
    {
        return SampleIds.alphanumeric("resource:" + api.id() + path, path.equals("/") ? 10 : 6);
    }

    private static String integrationId(HttpApi api, Function function)
    {
        return SampleIds.alphanumeric("integration:" + api.id() + function.name(), 7);
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract as the Vert.x OpenAPI router can load it. The router refuses media types it cannot
 * validate (problem+json, YAML, event streams, archives, PDF, Markdown, HTML), although it validates neither responses
 * nor the streamed upload; so the copy it loads names a supported type in their place, and the
 * contract users read stays exact. The copy also leaves out the security requirements: the router
 * would want a handler of its own per scheme, while {@link Authentication} decides for every route.
 */
public final class RouterContract
{
    private static final Map<String, String> SUBSTITUTES = Map.of(
            "application/problem+json", "application/json",
            "application/yaml", "text/plain",
            "text/event-stream", "text/plain",
            "application/zip", "application/octet-stream",
            "application/gzip", "application/octet-stream",
            "application/pdf", "application/octet-stream",
            "text/markdown", "text/plain",
            "text/html", "text/plain");

    private RouterContract() {}

    public static JsonObject of(byte[] yamlText)
    {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yamlText, StandardCharsets.UTF_8));
        return (JsonObject) substitute(JsonObject.of().put("root", tree).getValue("root"));
    }

    private static Object substitute(Object node)
    {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject(new LinkedHashMap<>());
            for (String key : object.fieldNames()) {
                Object value = substitute(object.getValue(key));
                if (key.equals("security") || key.equals("securitySchemes")) {
                    continue;
                }
                if (key.equals("content") && value instanceof JsonObject content) {
                    copy.put(key, mediaTypes(content));
                }
                else {
                    copy.put(key, value);
                }
            }
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(substitute(item)));
            return copy;
        }
        return node;
    }

    private static JsonObject mediaTypes(JsonObject content)
    {
        JsonObject copy = new JsonObject(new LinkedHashMap<>());
        for (String mediaType : content.fieldNames()) {
            copy.put(SUBSTITUTES.getOrDefault(mediaType, mediaType), content.getValue(mediaType));
        }
        return copy;
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Swagger UI at {@code /api/docs}, served from its WebJar, pointed at the server's own contract.
 */
final class ApiDocs
{
    static final String PATH = "/api/docs";
    private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    // Its own file rather than inline script, so that a Content-Security-Policy without 'unsafe-inline' still allows it.
    // No validator: its badge would send the contract's address to validator.swagger.io, which the policy forbids anyway.
    private static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: "/api/v1/openapi.yaml",
                dom_id: "#swagger-ui",
                deepLinking: true,
                validatorUrl: null,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                layout: "StandaloneLayout"
              });
            };
            """;

    private ApiDocs() {}

    static void mount(Router router)
    {
        // The route also matches "/api/docs/", which goes on to the index page.
        router.get("/api/docs").handler(context -> {
            if (context.request().path().endsWith("/")) {
                context.next();
            }
            else {
                context.redirect("/api/docs/");
            }
        });
        router.get("/api/docs/swagger-initializer.js").handler(context -> context.response()
                .putHeader("Content-Type", "text/javascript; charset=utf-8")
                .end(INITIALIZER));
        router.get("/api/docs/*").handler(StaticHandler.create("META-INF/resources/webjars/swagger-ui/" + webJarVersion()).setIndexPage("index.html"));
    }

    private static String webJarVersion()
    {
        try (InputStream input = ApiDocs.class.getResourceAsStream(POM_PROPERTIES)) {
            if (input == null) {
                throw new IllegalStateException("the Swagger UI WebJar is missing from the class path (" + POM_PROPERTIES + ")");
            }
            Properties properties = new Properties();
            properties.load(input);
            return properties.getProperty("version");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

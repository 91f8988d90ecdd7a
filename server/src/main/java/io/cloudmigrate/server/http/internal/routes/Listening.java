package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.SafetyOptions.Tls;
import io.cloudmigrate.server.http.ServerOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;

import java.util.Optional;

/**
 * How the server listens: plain HTTP, or HTTPS only (never both on one port) with a PEM certificate
 * and key when {@code --tls-cert} and {@code --tls-key} are given.
 */
public final class Listening
{
    private Listening() {}

    public static HttpServerOptions options(ServerOptions options)
    {
        // No cleartext HTTP/2 upgrade: browsers never use it, and an upgraded request cannot be refused early with 413.
        HttpServerOptions server = new HttpServerOptions().setHost(options.bindAddress()).setPort(options.port()).setHttp2ClearTextEnabled(false);
        Optional<Tls> tls = options.safety().tls();
        if (tls.isPresent()) {
            server.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(tls.get().certificate().toString())
                    .setKeyPath(tls.get().key().toString()));
        }
        return server;
    }

    public static String scheme(ServerOptions options)
    {
        return options.safety().tls().isPresent() ? "https" : "http";
    }

    /** What was being tried when listening failed, naming the certificate files when they may be the cause. */
    public static String attempt(ServerOptions options)
    {
        String where = "listen on " + options.bindAddress() + ":" + options.port();
        return options.safety().tls()
                .map(tls -> where + " with HTTPS (--tls-cert " + tls.certificate() + ", --tls-key " + tls.key() + ")")
                .orElse(where);
    }
}

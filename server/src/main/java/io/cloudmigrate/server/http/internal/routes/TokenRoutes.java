package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.auth.AccessTokens;
import io.cloudmigrate.server.http.internal.storage.RefreshTokenStore;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/auth/token}: a user name and password, or a refresh token, for a short-lived
 * access token and a new refresh token (the one presented is spent). {@code POST /api/v1/auth/revoke}
 * ends a refresh token's family (a sign-out). The field names are OAuth 2.0's (RFC 6749), so that
 * clients that speak it need no mapping.
 */
final class TokenRoutes
{
    private final AccessTokens accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final UserStore users;
    private final Duration refreshLifetime;

    TokenRoutes(AccessTokens accessTokens, RefreshTokenStore refreshTokens, UserStore users, Duration refreshLifetime)
    {
        this.accessTokens = requireNonNull(accessTokens, "accessTokens is null");
        this.refreshTokens = requireNonNull(refreshTokens, "refreshTokens is null");
        this.users = requireNonNull(users, "users is null");
        this.refreshLifetime = requireNonNull(refreshLifetime, "refreshLifetime is null");
    }

    void token(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        JsonObject body = exchange.body();
        String grant = body.getString("grant_type");
        exchange.blocking(() -> switch (grant) {
            case "password" -> password(body);
            case "refresh_token" -> refresh(body);
            default -> throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "grant_type must be password or refresh_token, found '" + grant + "'");
        }, answer -> {
            context.response().putHeader("Cache-Control", "no-store");
            exchange.json(200, answer);
        });
    }

    void revoke(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String token = exchange.body().getString("refresh_token");
        exchange.blocking(() -> {
            refreshTokens.revoke(token);
            return token;
        }, ignored -> exchange.noContent());
    }

    private Map<String, Object> password(JsonObject body)
    {
        String name = required(body, "username");
        char[] password = required(body, "password").toCharArray();
        try {
            var user = users.authenticate(name, password)
                    .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, "invalid user name or password"));
            return answer(accessTokens.issue(user.id(), user.name()), refreshTokens.issue(user.id(), refreshLifetime));
        }
        finally {
            Arrays.fill(password, '\0');
        }
    }

    private Map<String, Object> refresh(JsonObject body)
    {
        RefreshTokenStore.Issued issued = refreshTokens.rotate(required(body, "refresh_token"), refreshLifetime)
                .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, Authentication.INVALID_TOKEN));
        return answer(accessTokens.issue(issued.member().id(), issued.member().name()), issued.token());
    }

    private Map<String, Object> answer(String accessToken, String refreshToken)
    {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", accessTokens.lifetime().toSeconds());
        answer.put("refresh_token", refreshToken);
        answer.put("refresh_token_expires_in", refreshLifetime.toSeconds());
        return answer;
    }

    private static String required(JsonObject body, String field)
    {
        String value = body.getString(field);
        if (value == null) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, field + " is required with the grant_type " + body.getString("grant_type"));
        }
        return value;
    }
}

package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.auth.AccessTokens;
import io.cloudmigrate.server.http.internal.limits.SignInLockout;
import io.cloudmigrate.server.http.internal.storage.RefreshTokenStore;
import io.cloudmigrate.server.http.internal.storage.SignIn;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/auth/token}: a user name and password, or a refresh token, for a short-lived
 * access token and a new refresh token (the one presented is spent). {@code POST /api/v1/auth/revoke}
 * ends a refresh token's family (a sign-out). The field names are OAuth 2.0's (RFC 6749), so that
 * clients that speak it need no mapping. Repeated wrong passwords lock the user name and the client
 * address out for a while ({@link SignInLockout}): 429 with {@code Retry-After}, the same answer for
 * names that exist and names that do not.
 */
final class TokenRoutes
{
    private final AccessTokens accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final UserStore users;
    private final Duration refreshLifetime;
    private final SignInLockout lockout;

    TokenRoutes(AccessTokens accessTokens, RefreshTokenStore refreshTokens, UserStore users, Duration refreshLifetime, SignInLockout lockout)
    {
        this.lockout = requireNonNull(lockout, "lockout is null");
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
        String address = Caller.of(context).address();
        if ("password".equals(grant) && body.getValue("username") instanceof String name) {
            OptionalLong wait = lockout.locked(name, address);
            if (wait.isPresent()) {
                context.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
                context.fail(new CloudMigrateException(ServerErrorCode.RATE_LIMITED, "too many failed sign-ins for this user name or from this address; "
                        + "try again in " + wait.getAsLong() + " s"));
                return;
            }
        }
        exchange.blocking(() -> switch (grant) {
            case "password" -> password(body, address);
            case "refresh_token" -> refresh(body);
            default -> throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "grant_type must be password or refresh_token, found '" + grant + "'");
        }, signIn -> {
            context.response().putHeader("Cache-Control", "no-store");
            exchange.json(200, signIn.answer());
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

    private SignIn password(JsonObject body, String address)
    {
        String name = required(body, "username");
        char[] password = required(body, "password").toCharArray();
        try {
            var user = users.authenticate(name, password).orElse(null);
            if (user == null) {
                lockout.failed(name, address);
                throw new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, "invalid user name or password");
            }
            lockout.succeeded(name);
            return new SignIn(user.name(), answer(accessTokens.issue(user.id(), user.name()), refreshTokens.issue(user.id(), refreshLifetime)));
        }
        finally {
            Arrays.fill(password, '\0');
        }
    }

    private SignIn refresh(JsonObject body)
    {
        RefreshTokenStore.Issued issued = refreshTokens.rotate(required(body, "refresh_token"), refreshLifetime)
                .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, Authentication.INVALID_TOKEN));
        return new SignIn(issued.member().name(), answer(accessTokens.issue(issued.member().id(), issued.member().name()), issued.token()));
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

package io.cloudmigrate.server.http.internal.auth;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.IdentityProviderOptions;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import static java.util.Objects.requireNonNull;

/**
 * The signing keys of an identity provider, fetched from its JWKS URL and kept by key id. They are
 * fetched when first needed, again when older than {@link IdentityProviderOptions#KEY_MAXIMUM_AGE},
 * and again when a token names a key id not among them (a key rotation), but never twice within the
 * refresh interval: tokens with made-up key ids cannot make the server hammer the provider.
 */
final class JsonWebKeys
{
    private static final Logger LOG = LoggerFactory.getLogger(JsonWebKeys.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final int MINIMUM_RSA_BITS = 2048;
    private static final int MAXIMUM_JWKS_BYTES = 1024 * 1024;

    /** A verification key and the one algorithm it is for. */
    record Key(String id, String algorithm, PublicKey publicKey)
    {
        Key
        {
            requireNonNull(id, "id is null");
            requireNonNull(algorithm, "algorithm is null");
            requireNonNull(publicKey, "publicKey is null");
        }
    }

    private final Vertx vertx;
    private final IdentityProviderOptions provider;
    private final HttpClient client;
    private final LongSupplier nanoTime;
    private Map<String, Key> keys = Map.of();
    // Ages and intervals are measured on the monotonic clock: a wall clock set back (NTP, a VM resumed) must not
    // stop a refresh that is due, and one set forward must not let tokens with made-up key ids trigger fetches.
    private OptionalLong fetched = OptionalLong.empty();
    private Optional<Instant> fetchedAt = Optional.empty();
    private OptionalLong attempted = OptionalLong.empty();
    private Optional<Future<Map<String, Key>>> inFlight = Optional.empty();

    JsonWebKeys(Vertx vertx, IdentityProviderOptions provider)
    {
        this(vertx, provider, System::nanoTime);
    }

    /** With the monotonic clock in nanoseconds (as {@link System#nanoTime()}), which a test may drive. */
    JsonWebKeys(Vertx vertx, IdentityProviderOptions provider, LongSupplier nanoTime)
    {
        this.vertx = requireNonNull(vertx, "vertx is null");
        this.provider = requireNonNull(provider, "provider is null");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
        this.client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The key with this id, fetching the keys first if they are old or do not have it and the refresh
     * interval allows. Fails with IDENTITY_PROVIDER_UNAVAILABLE only when no keys could ever be fetched.
     */
    synchronized Future<Optional<Key>> find(String keyId)
    {
        long now = nanoTime.getAsLong();
        boolean fresh = fetched.isPresent() && now - fetched.getAsLong() < IdentityProviderOptions.KEY_MAXIMUM_AGE.toNanos();
        if (fresh && keys.containsKey(keyId)) {
            return Future.succeededFuture(Optional.of(keys.get(keyId)));
        }
        if (inFlight.isPresent()) {
            return inFlight.get().map(current -> Optional.ofNullable(current.get(keyId)));
        }
        boolean mayFetch = attempted.isEmpty() || now - attempted.getAsLong() >= provider.keyRefreshInterval().toNanos();
        if (!mayFetch) {
            if (fetched.isEmpty()) {
                return Future.failedFuture(unavailable("the last attempt failed less than " + provider.keyRefreshInterval().toSeconds() + " s ago"));
            }
            return Future.succeededFuture(Optional.ofNullable(keys.get(keyId)));
        }
        attempted = OptionalLong.of(now);
        Future<Map<String, Key>> fetch = Future.fromCompletionStage(client.sendAsync(HttpRequest.newBuilder(provider.jwksUrl()).timeout(FETCH_TIMEOUT)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray()), vertx.getOrCreateContext())
                .transform(answer -> settle(answer.succeeded() ? parse(answer.result()) : Future.failedFuture(answer.cause())));
        inFlight = Optional.of(fetch);
        return fetch.map(current -> Optional.ofNullable(current.get(keyId)));
    }

    private synchronized Future<Map<String, Key>> settle(Future<Map<String, Key>> outcome)
    {
        inFlight = Optional.empty();
        if (outcome.succeeded()) {
            keys = outcome.result();
            fetched = OptionalLong.of(nanoTime.getAsLong());
            fetchedAt = Optional.of(Instant.now());
            return Future.succeededFuture(keys);
        }
        if (fetched.isPresent()) {
            // A provider that is down for a moment should not lock everyone out: the keys it published last still hold.
            LOG.warn("cannot fetch the keys of the identity provider from {}; the {} key(s) fetched at {} still hold: {}", provider.jwksUrl(), keys.size(),
                    fetchedAt.orElseThrow(), outcome.cause().getMessage());
            return Future.succeededFuture(keys);
        }
        LOG.warn("cannot fetch the keys of the identity provider from {}: {}", provider.jwksUrl(), outcome.cause().getMessage());
        return Future.failedFuture(unavailable(outcome.cause().getMessage()));
    }

    private Future<Map<String, Key>> parse(HttpResponse<byte[]> answer)
    {
        if (answer.statusCode() != 200) {
            return Future.failedFuture("the JWKS URL answered HTTP " + answer.statusCode());
        }
        if (answer.body().length > MAXIMUM_JWKS_BYTES) {
            return Future.failedFuture("the JWKS document is larger than " + MAXIMUM_JWKS_BYTES + " bytes");
        }
        JsonArray published;
        try {
            published = new JsonObject(io.vertx.core.buffer.Buffer.buffer(answer.body())).getJsonArray("keys");
        }
        catch (RuntimeException e) {
            return Future.failedFuture("the JWKS document is not a JSON object with a keys array: " + e.getMessage());
        }
        if (published == null) {
            return Future.failedFuture("the JWKS document has no keys array");
        }
        Map<String, Key> parsed = new TreeMap<>();
        for (int index = 0; index < published.size(); index++) {
            Object entry = published.getValue(index);
            try {
                if (!(entry instanceof JsonObject jwk)) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                key(jwk).ifPresent(key -> parsed.put(key.id(), key));
            }
            catch (IllegalArgumentException | ClassCastException | GeneralSecurityException e) {
                LOG.warn("the key at keys[{}] of {} is left out: {}", index, provider.jwksUrl(), e.getMessage());
            }
        }
        return Future.succeededFuture(Map.copyOf(parsed));
    }

    /** The key, or empty for a key not meant for signatures or of a type the server does not verify with. */
    private static Optional<Key> key(JsonObject jwk)
            throws GeneralSecurityException
    {
        String id = jwk.getString("kid");
        String use = jwk.getString("use");
        if (id == null || (use != null && !use.equals("sig"))) {
            return Optional.empty();
        }
        String type = String.valueOf(jwk.getString("kty"));
        String algorithm = switch (type) {
            case "RSA" -> ExternalTokens.RS256;
            case "EC" -> ExternalTokens.ES256;
            default -> "";
        };
        String declared = jwk.getString("alg");
        if (algorithm.isEmpty() || (declared != null && !declared.equals(algorithm))) {
            return Optional.empty();
        }
        if (type.equals("RSA")) {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
            if (key.getModulus().bitLength() < MINIMUM_RSA_BITS) {
                throw new IllegalArgumentException("the RSA key " + id + " has fewer than " + MINIMUM_RSA_BITS + " bits");
            }
            return Optional.of(new Key(id, algorithm, key));
        }
        if (!"P-256".equals(jwk.getString("crv"))) {
            return Optional.empty();
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPublicKeySpec specification = new ECPublicKeySpec(new ECPoint(number(jwk, "x"), number(jwk, "y")), parameters.getParameterSpec(ECParameterSpec.class));
        return Optional.of(new Key(id, algorithm, KeyFactory.getInstance("EC").generatePublic(specification)));
    }

    private static BigInteger number(JsonObject jwk, String member)
    {
        String value = jwk.getString(member);
        if (value == null) {
            throw new IllegalArgumentException("the member " + member + " is missing");
        }
        return new BigInteger(1, Base64.getUrlDecoder().decode(value));
    }

    private CloudMigrateException unavailable(String reason)
    {
        // The reason (an address, a network error) is for the log; the caller learns only that it may try again.
        LOG.debug("identity provider keys unavailable: {}", reason);
        return new CloudMigrateException(ServerErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, "the keys of the identity provider cannot be fetched, "
                + "so its tokens cannot be checked now; try again later");
    }
}

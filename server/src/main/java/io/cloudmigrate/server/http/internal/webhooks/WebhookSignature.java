package io.cloudmigrate.server.http.internal.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a delivery is signed, in the manner of Stripe: HMAC-SHA256, keyed with the webhook's secret
 * (its UTF-8 bytes), over the timestamp in Unix seconds, a dot, and the body as sent. The timestamp
 * goes with it, so that a receiver can refuse an old delivery replayed; the delivery id, so that it
 * can drop one it has had (an attempt may arrive twice when the answer to the first was lost).
 */
public final class WebhookSignature
{
    /** {@code v1=} and the lowercase hex of the HMAC; other versions may follow, separated by commas. */
    public static final String SIGNATURE_HEADER = "X-CloudMigrate-Signature";
    /** Unix seconds when the attempt was signed. */
    public static final String TIMESTAMP_HEADER = "X-CloudMigrate-Timestamp";
    /** The event type, e.g. {@code job.failed}. */
    public static final String EVENT_HEADER = "X-CloudMigrate-Event";
    /** The delivery's id: the same on every attempt of one delivery. */
    public static final String DELIVERY_HEADER = "X-CloudMigrate-Delivery";
    public static final String SECRET_PREFIX = "whsec_";

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: {@value #SECRET_PREFIX} and 32 random bytes in URL-safe base64. */
    public static String newSecret()
    {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The value of {@value #SIGNATURE_HEADER}. */
    public static String sign(String secret, long timestampSeconds, byte[] body)
    {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }
}

package io.cloudmigrate.server.http.internal.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest
{
    @Test
    void signsTheTimestampDotBodyWithHmacSha256()
    {
        // Known answer from Python: hmac.new(b'whsec_known-answer', b'1700000000.' + body, hashlib.sha256).hexdigest()
        String signature = WebhookSignature.sign("whsec_known-answer", 1_700_000_000L, "{\"type\":\"job.failed\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1=f1fbb01657a84188060422a0c1034f092622f81a613b574435d26e44815c4ece");
    }

    @Test
    void signsAnotherTimestampDifferently()
    {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.sign("whsec_a", 1L, body)).isNotEqualTo(WebhookSignature.sign("whsec_a", 2L, body));
    }

    @Test
    void makesLongRandomSecrets()
    {
        String first = WebhookSignature.newSecret();
        String second = WebhookSignature.newSecret();

        assertThat(first).startsWith("whsec_").hasSize("whsec_".length() + 43).matches("whsec_[A-Za-z0-9_-]+");
        assertThat(first).isNotEqualTo(second);
    }
}

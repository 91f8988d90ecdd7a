package io.cloudmigrate.server.http.internal.auth;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest
{
    private static Vertx vertx;

    @BeforeAll
    static void start()
    {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop()
    {
        vertx.close();
    }

    @Test
    void verifiesATokenItIssuedWithItsSubjectAndIssueInstant()
            throws Exception
    {
        AccessTokens tokens = new AccessTokens(vertx, new byte[32], Duration.ofMinutes(5));
        UUID user = UUID.randomUUID();
        Instant before = Instant.now().minusMillis(1);
        String token = tokens.issue(user, "alice");

        AccessTokens.Claims claims = tokens.verify(token).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(claims.subject()).isEqualTo(user);
        assertThat(claims.issuedAt()).isAfter(before).isBefore(Instant.now().plusMillis(1));
    }
}

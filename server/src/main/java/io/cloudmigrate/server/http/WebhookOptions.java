package io.cloudmigrate.server.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How the server delivers webhooks.
 *
 * @param allowPrivateAddresses whether a webhook may point at a loopback, private, link-local or
 *        other non-public address; off by default, so that a workspace admin cannot make the server
 *        call its own network (server-side request forgery); on for tests and single-host setups
 * @param maximumAttempts how many times a delivery is tried before it is given up
 * @param firstRetryDelay the wait before the second attempt; it doubles for each attempt after
 * @param maximumRetryDelay the longest wait between two attempts
 * @param timeout how long one attempt may take to connect, or wait for the receiver without hearing from it
 * @param trustedCertificates a PEM file of CA certificates that an HTTPS receiver's certificate may
 *        chain to, besides the JVM's own CAs (a receiver inside a company with its own CA); empty for
 *        the JVM's CAs alone
 */
public record WebhookOptions(boolean allowPrivateAddresses, int maximumAttempts, Duration firstRetryDelay, Duration maximumRetryDelay, Duration timeout,
        Optional<Path> trustedCertificates)
{
    public static final int MAXIMUM_ATTEMPTS_DEFAULT = 8;
    public static final Duration FIRST_RETRY_DELAY_DEFAULT = Duration.ofSeconds(30);
    public static final Duration MAXIMUM_RETRY_DELAY_DEFAULT = Duration.ofHours(1);
    public static final Duration TIMEOUT_DEFAULT = Duration.ofSeconds(10);
    public static final WebhookOptions DEFAULTS = new WebhookOptions(false, MAXIMUM_ATTEMPTS_DEFAULT, FIRST_RETRY_DELAY_DEFAULT, MAXIMUM_RETRY_DELAY_DEFAULT,
            TIMEOUT_DEFAULT, Optional.empty());

    public WebhookOptions
    {
        requireNonNull(firstRetryDelay, "firstRetryDelay is null");
        requireNonNull(maximumRetryDelay, "maximumRetryDelay is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(trustedCertificates, "trustedCertificates is null");
        if (maximumAttempts < 1 || maximumAttempts > 100) {
            throw new IllegalArgumentException("webhook attempts must be between 1 and 100, found " + maximumAttempts);
        }
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero() || maximumRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException("the first webhook retry delay must be positive and at most the longest: " + firstRetryDelay + ", " + maximumRetryDelay);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the webhook timeout must be positive, found " + timeout);
        }
    }

    public WebhookOptions withAllowPrivateAddresses(boolean allowPrivateAddresses)
    {
        return new WebhookOptions(allowPrivateAddresses, maximumAttempts, firstRetryDelay, maximumRetryDelay, timeout, trustedCertificates);
    }

    public WebhookOptions withRetries(int maximumAttempts, Duration firstRetryDelay, Duration maximumRetryDelay)
    {
        return new WebhookOptions(allowPrivateAddresses, maximumAttempts, firstRetryDelay, maximumRetryDelay, timeout, trustedCertificates);
    }

    public WebhookOptions withTimeout(Duration timeout)
    {
        return new WebhookOptions(allowPrivateAddresses, maximumAttempts, firstRetryDelay, maximumRetryDelay, timeout, trustedCertificates);
    }

    /** Also trusts the CA certificates of this PEM file for HTTPS receivers. */
    public WebhookOptions withTrustedCertificates(Path certificates)
    {
        requireNonNull(certificates, "certificates is null");
        return new WebhookOptions(allowPrivateAddresses, maximumAttempts, firstRetryDelay, maximumRetryDelay, timeout, Optional.of(certificates));
    }
}

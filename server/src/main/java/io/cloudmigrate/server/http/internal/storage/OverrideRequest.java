package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.scoring.Strategy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A reviewer's override as it is recorded: the decision, the reason, and who made it from where.
 *
 * @param address the caller's network address, kept for the audit trail
 */
public record OverrideRequest(Strategy strategy, Optional<String> target, String justification, String author, String address)
{
    public OverrideRequest
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(target, "target is null");
        requireNonNull(justification, "justification is null");
        requireNonNull(author, "author is null");
        requireNonNull(address, "address is null");
        if (justification.isBlank()) {
            throw new IllegalArgumentException("justification is blank");
        }
    }
}

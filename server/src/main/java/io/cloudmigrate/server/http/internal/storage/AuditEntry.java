package io.cloudmigrate.server.http.internal.storage;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One entry of the audit log: who did what, when, from where, to which ids.
 *
 * @param id the entry's position in the log; later entries have greater ids
 * @param action the contract's operationId of the request, e.g. {@code putOverride}
 * @param targets the ids the request named or made, by name ({@code estateId}, {@code jobId} …), sorted
 * @param before the target's state before the change as JSON, or {@code null} where none is kept
 * @param after the target's state after the change as JSON, or {@code null}
 */
public record AuditEntry(String id, String recordedAt, String actor, String address, String action, String requestId, Map<String, String> targets,
        @JsonRawValue String before, @JsonRawValue String after)
{
    public AuditEntry
    {
        requireNonNull(id, "id is null");
        requireNonNull(recordedAt, "recordedAt is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(address, "address is null");
        requireNonNull(action, "action is null");
        targets = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(targets, "targets is null")));
    }
}

package io.cloudmigrate.server.http.internal.storage;

/**
 * What a change or an audited download can result in that the audit log records more of than the
 * ids of the request: the job it started, the upload it stored, the override or approval it made, the
 * artifact it served, the user who signed in, the user an administrator added or changed. Sealed, so that the audit trail's switch over it is
 * exhaustive and a new kind of result cannot be forgotten there.
 */
public sealed interface Audited
        permits Job, Upload, RecommendationItem, Wave, ArtifactStore.Located, ArtifactListing, Webhook, SignIn, User {}

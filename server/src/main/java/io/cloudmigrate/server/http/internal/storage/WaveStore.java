package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Wave.Approval;
import io.cloudmigrate.server.http.internal.storage.Wave.ApprovalState;
import io.cloudmigrate.server.http.internal.storage.Wave.Decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Migration waves and their approvals. A decision belongs to the estate's wave, like an override,
 * and holds for later assessments while the wave's content hash is unchanged; a re-assessment that
 * changes it marks the decision invalidated, with the reason, in the same transaction that stores it.
 */
public final class WaveStore
{
    private static final int LISTED_UNRECOMMENDED = 10;

    private final Database database;

    public WaveStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** A reviewer's decision on a wave. */
    public record DecisionRequest(Decision decision, String comment, String author, String address)
    {
        public DecisionRequest
        {
            requireNonNull(decision, "decision is null");
            requireNonNull(comment, "comment is null");
            requireNonNull(author, "author is null");
        }
    }

    public List<Wave> list(UUID assessmentId, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            AssessmentStore.requireAssessment(connection, assessmentId, scope);
            UUID estateId = estateOf(connection, assessmentId);
            Map<Integer, Approval> approvals = new TreeMap<>();
            SortedMap<Integer, WaveContent> contents = contents(connection, assessmentId, true);
            List<Wave> waves = new ArrayList<>();
            for (WaveContent content : contents.values()) {
                waves.add(content.toWave(approval(connection, estateId, content.number(), content.contentHash(), approvals)));
            }
            return waves;
        });
    }

    /** The approval state of each wave of an assessment, by wave number. */
    public SortedMap<Integer, ApprovalState> states(UUID assessmentId, Scope scope)
    {
        SortedMap<Integer, ApprovalState> states = new TreeMap<>();
        list(assessmentId, scope).forEach(wave -> states.put(wave.number(), wave.approval().state()));
        return states;
    }

    /**
     * Records a decision on a wave of the estate's newest assessment.
     *
     * @throws CloudMigrateException NOT_FOUND for an assessment the scope does not see, or an unknown
     *         wave; FORBIDDEN without the scope's role in its workspace; CONFLICT when the assessment
     *         is not the estate's newest, or an approval meets resources with neither a
     *         recommendation nor an override
     */
    public Wave decide(UUID assessmentId, int number, DecisionRequest request, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            scope.permit(AssessmentStore.requireAssessment(connection, assessmentId, scope));
            UUID estateId = estateOf(connection, assessmentId);
            UUID newest = newestAssessment(connection, estateId);
            if (!newest.equals(assessmentId)) {
                throw new CloudMigrateException(ServerErrorCode.CONFLICT, "assessment " + assessmentId + " is not the newest of estate " + estateId
                        + "; decide on the waves of assessment " + newest);
            }
            WaveContent content = contents(connection, assessmentId, true).get(number);
            if (content == null) {
                throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "assessment " + assessmentId + " has no wave " + number);
            }
            List<String> unrecommended = content.unrecommendedResourceIds();
            if (request.decision() == Decision.APPROVED && !unrecommended.isEmpty()) {
                throw new CloudMigrateException(ServerErrorCode.CONFLICT, "wave " + number + " cannot be approved: " + unrecommended.size()
                        + " of its resources have neither a recommendation nor an override ("
                        + String.join(", ", unrecommended.subList(0, Math.min(LISTED_UNRECOMMENDED, unrecommended.size())))
                        + (unrecommended.size() > LISTED_UNRECOMMENDED ? ", …" : "") + "); override them first");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into wave_approvals (id, estate_id, wave, assessment_id, decision, content_hash, "
                    + "comment, author, address, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, estateId);
                insert.setInt(3, number);
                insert.setObject(4, assessmentId);
                insert.setString(5, request.decision().name());
                insert.setString(6, content.contentHash());
                insert.setString(7, request.comment());
                insert.setString(8, request.author());
                insert.setString(9, request.address());
                insert.setTimestamp(10, Sql.timestamp(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                insert.executeUpdate();
            }
            return content.toWave(approval(connection, estateId, number, content.contentHash(), new TreeMap<>()));
        });
    }

    /**
     * Marks invalidated every standing decision of the estate whose wave the new assessment changed
     * (other resources or strategies) or no longer has.
     */
    static void invalidateChanged(Connection connection, UUID estateId, UUID assessmentId)
            throws SQLException
    {
        SortedMap<Integer, WaveContent> contents = contents(connection, assessmentId, false);
        List<UUID> changed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select distinct on (wave) id, wave, content_hash, invalidated_at from wave_approvals "
                + "where estate_id = ? order by wave, decided_at desc")) {
            select.setObject(1, estateId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    if (result.getTimestamp("invalidated_at") != null) {
                        continue;
                    }
                    int wave = result.getInt("wave");
                    WaveContent content = contents.get(wave);
                    if (content == null) {
                        changed.add(result.getObject("id", UUID.class));
                        reasons.add("re-assessment " + assessmentId + " has no wave " + wave);
                    }
                    else if (!content.contentHash().equals(result.getString("content_hash"))) {
                        changed.add(result.getObject("id", UUID.class));
                        reasons.add("re-assessment " + assessmentId + " changed the resources or strategies of wave " + wave);
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update wave_approvals set invalidated_at = now(), invalidated_by = ?, invalidated_reason = ? where id = ?")) {
            for (int index = 0; index < changed.size(); index++) {
                update.setObject(1, assessmentId);
                update.setString(2, reasons.get(index));
                update.setObject(3, changed.get(index));
                update.executeUpdate();
            }
        }
    }

    /** The waves of an assessment by number; with details, each resource's item is read for risk and cost. */
    private static SortedMap<Integer, WaveContent> contents(Connection connection, UUID assessmentId, boolean details)
            throws SQLException
    {
        SortedMap<Integer, WaveContent> contents = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select w.wave, w.resource_id, coalesce(o.strategy, r.strategy) as strategy, "
                + (details ? "r.item" : "null as item") + " from wave_resources w join assessments a on a.id = w.assessment_id "
                + "left join recommendations r on r.assessment_id = w.assessment_id and r.resource_id = w.resource_id "
                + "left join overrides o on o.estate_id = a.estate_id and o.resource_id = w.resource_id "
                + "where w.assessment_id = ? order by w.wave, w.resource_id")) {
            select.setObject(1, assessmentId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int number = result.getInt("wave");
                    String strategy = result.getString("strategy");
                    String item = result.getString("item");
                    Optional<RecommendationItem> read = item == null ? Optional.empty()
                            : Optional.of(JsonText.read(item, RecommendationItem.class));
                    contents.computeIfAbsent(number, WaveContent::new).add(result.getString("resource_id"), Optional.ofNullable(strategy).map(Strategy::valueOf), read);
                }
            }
        }
        return contents;
    }

    private static Approval approval(Connection connection, UUID estateId, int wave, String contentHash, Map<Integer, Approval> cache)
            throws SQLException
    {
        Approval cached = cache.get(wave);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement select = connection.prepareStatement("select assessment_id, decision, content_hash, comment, author, decided_at, invalidated_at, "
                + "invalidated_reason from wave_approvals where estate_id = ? and wave = ? order by decided_at desc limit 1")) {
            select.setObject(1, estateId);
            select.setInt(2, wave);
            try (ResultSet result = select.executeQuery()) {
                Approval approval = result.next() ? read(result, contentHash) : Approval.PENDING;
                cache.put(wave, approval);
                return approval;
            }
        }
    }

    private static Approval read(ResultSet result, String contentHash)
            throws SQLException
    {
        Decision decision = Decision.valueOf(result.getString("decision"));
        String invalidatedAt = Sql.text(result.getTimestamp("invalidated_at"));
        String reason = result.getString("invalidated_reason");
        ApprovalState state;
        if (invalidatedAt != null) {
            state = ApprovalState.INVALIDATED;
        }
        else if (!contentHash.equals(result.getString("content_hash"))) {
            // An override made since, or an older assessment read after the decision: the decision was not about this content.
            state = ApprovalState.INVALIDATED;
            reason = "the wave's resources or strategies differ from those " + decision.name().toLowerCase(Locale.ROOT) + " on " + Sql.text(result.getTimestamp("decided_at"));
        }
        else {
            state = switch (decision) {
                case APPROVED -> ApprovalState.APPROVED;
                case REJECTED -> ApprovalState.REJECTED;
            };
        }
        return new Approval(state, decision, result.getString("comment"), result.getString("author"), Sql.text(result.getTimestamp("decided_at")),
                result.getObject("assessment_id", UUID.class).toString(), invalidatedAt, reason);
    }

    private static UUID estateOf(Connection connection, UUID assessmentId)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select estate_id from assessments where id = ?")) {
            select.setObject(1, assessmentId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw AssessmentStore.notFound(assessmentId);
                }
                return result.getObject(1, UUID.class);
            }
        }
    }

    private static UUID newestAssessment(Connection connection, UUID estateId)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select id from assessments where estate_id = ? order by created_at desc, id desc limit 1")) {
            select.setObject(1, estateId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getObject(1, UUID.class);
            }
        }
    }
}

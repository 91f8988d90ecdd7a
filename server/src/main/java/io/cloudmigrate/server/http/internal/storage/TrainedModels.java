package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The ranking model an estate's decisions train, kept in the database with the digest of what it was
 * trained from (the decisions, the prior's provenance and the model archive's format): an assessment
 * with the same decisions reads it back instead of training again, which costs seconds per assessment.
 * One model per estate; a changed decision set replaces it.
 */
public final class TrainedModels
{
    private final Database database;
    private final Function<DecisionLog, RankingModel> trainer;

    public TrainedModels(Database database)
    {
        this(database, RankingModel::train);
    }

    /** With another trainer, for a test that counts trainings. */
    TrainedModels(Database database, Function<DecisionLog, RankingModel> trainer)
    {
        this.database = requireNonNull(database, "database is null");
        this.trainer = requireNonNull(trainer, "trainer is null");
    }

    /** The model trained from {@code decisions} (not empty), read when the estate's last model was trained from the same. */
    public RankingModel trained(UUID estateId, DecisionLog decisions)
    {
        requireNonNull(estateId, "estateId is null");
        String digest = digest(decisions);
        Optional<RankingModel> kept = Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select model from trained_models where estate_id = ? and digest = ?")) {
                select.setObject(1, estateId);
                select.setString(2, digest);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(read(result.getBytes(1))) : Optional.empty();
                }
            }
        });
        if (kept.isPresent()) {
            return kept.get();
        }
        RankingModel model = trainer.apply(decisions);
        byte[] bytes = bytes(model);
        Sql.inTransaction(database, connection -> {
            // the estate may be gone by now (deleted while the job trained): then nothing is kept
            try (PreparedStatement upsert = connection.prepareStatement("insert into trained_models (estate_id, digest, model, created_at) "
                    + "select id, ?, ?, ? from estates where id = ? "
                    + "on conflict (estate_id) do update set digest = excluded.digest, model = excluded.model, created_at = excluded.created_at")) {
                upsert.setString(1, digest);
                upsert.setBytes(2, bytes);
                upsert.setTimestamp(3, Sql.timestamp(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                upsert.setObject(4, estateId);
                upsert.executeUpdate();
            }
            return null;
        });
        return model;
    }

    /**
     * SHA-256 of what a model trained from the decisions depends on: the prior (its trainer and examples,
     * whose provenance hash changes with either), the archive format, and the decisions as stored.
     */
    static String digest(DecisionLog decisions)
    {
        requireNonNull(decisions, "decisions is null");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("cloudmigrate trained model 1\n" + RankingModel.prior().provenanceHash() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(JsonText.write(decisions).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] bytes(RankingModel model)
    {
        Path file = null;
        try {
            file = Files.createTempFile("cloudmigrate-model", ".zip");
            model.write(file);
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "cannot keep the trained model: " + e.getMessage(), e);
        }
        finally {
            delete(file);
        }
    }

    private static RankingModel read(byte[] bytes)
    {
        Path file = null;
        try {
            file = Files.createTempFile("cloudmigrate-model", ".zip");
            Files.write(file, bytes);
            return RankingModel.read(file);
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "cannot read the kept model: " + e.getMessage(), e);
        }
        finally {
            delete(file);
        }
    }

    private static void delete(Path file)
    {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException ignored) {
                // a temporary file left behind is not worth failing the assessment for
            }
        }
    }
}

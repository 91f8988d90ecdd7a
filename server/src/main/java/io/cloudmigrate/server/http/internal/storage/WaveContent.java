package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A wave's resources as they are read, in resource order, added up into what {@link Wave} shows.
 * The content hash covers each resource id with its effective strategy, so that a re-assessment
 * or an override that moves or re-decides anything in the wave changes it.
 */
final class WaveContent
{
    private static final String NO_STRATEGY = "-";

    private final int number;
    private final MessageDigest digest;
    private final List<String> resourceIds = new ArrayList<>();
    private final List<String> unrecommended = new ArrayList<>();
    private final Map<String, Integer> strategies = new TreeMap<>();
    private final Map<String, Integer> riskLevels = new TreeMap<>();
    private Integer highestRiskScore;
    private double before;
    private double after;
    private double oneOff;
    private int priced;
    private int partlyPriced;
    private int unpriced;

    WaveContent(int number)
    {
        this.number = number;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    int number()
    {
        return number;
    }

    /** Adds the next resource; resources come in id order. */
    void add(String resourceId, Optional<Strategy> strategy, Optional<RecommendationItem> item)
    {
        resourceIds.add(resourceId);
        digest.update((resourceId + '\t' + strategy.map(Enum::name).orElse(NO_STRATEGY) + '\n').getBytes(StandardCharsets.UTF_8));
        if (strategy.isEmpty()) {
            unrecommended.add(resourceId);
            unpriced++;
            return;
        }
        strategies.merge(strategy.get().name(), 1, Integer::sum);
        if (item.isEmpty()) {
            // Overridden without a recommendation in this assessment: nothing scored or priced to add.
            unpriced++;
            return;
        }
        RiskScore risk = item.get().risk();
        if (risk != null) {
            riskLevels.merge(risk.level().name(), 1, Integer::sum);
            highestRiskScore = highestRiskScore == null ? risk.score() : Math.max(highestRiskScore, risk.score());
        }
        addCost(item.get().cost(), strategy.get());
    }

    private void addCost(CostEstimate cost, Strategy strategy)
    {
        Optional<StrategyCost> chosen = cost == null ? Optional.empty() : cost.forStrategy(strategy);
        if (chosen.isEmpty()) {
            unpriced++;
            return;
        }
        before += cost.currentMonthlyUsd();
        after += chosen.get().targetMonthlyUsd();
        oneOff += chosen.get().oneOffUsd();
        if (cost.unpriced().isEmpty() && chosen.get().unpriced().isEmpty()) {
            priced++;
        }
        else {
            partlyPriced++;
        }
    }

    String contentHash()
    {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        }
        catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest clones", e);
        }
    }

    Wave toWave(Wave.Approval approval)
    {
        boolean anyPriced = priced + partlyPriced > 0;
        Wave.WaveCost cost = new Wave.WaveCost(anyPriced ? before : null, anyPriced ? after : null, anyPriced ? oneOff : null, priced, partlyPriced, unpriced,
                partlyPriced == 0 && unpriced == 0);
        return new Wave(number, resourceIds.size(), resourceIds, unrecommended, strategies, riskLevels, highestRiskScore, cost, contentHash(), approval);
    }

    List<String> unrecommendedResourceIds()
    {
        return List.copyOf(unrecommended);
    }
}

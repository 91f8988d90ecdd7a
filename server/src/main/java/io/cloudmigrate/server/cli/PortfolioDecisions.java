package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.scoring.Strategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Past dispositions from a portfolio spreadsheet saved as CSV: {@code resource,strategy,reason} rows
 * (an optional header; quoted cells may hold commas), matched to the assessment's resources by id or name.
 * A row that matches nothing, or names no strategy of the 7 Rs, is reported and skipped.
 */
final class PortfolioDecisions
{
    record Result(List<StrategyDecision> decisions, List<String> unmatched)
    {
        static final Result NONE = new Result(List.of(), List.of());
    }

    private PortfolioDecisions() {}

    static Result read(Path file, Assessment assessment, BusinessGoals goals)
    {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException failure) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, "cannot read " + file + ": " + failure.getMessage(), failure);
        }
        List<StrategyDecision> decisions = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        // decided before the assessment: dated at its date, so the same files train the same model
        var at = LocalDate.parse(assessment.asOf()).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || (index == 0 && line.toLowerCase(Locale.ROOT).startsWith("resource,"))) {
                continue;
            }
            List<String> cells = cells(line);
            String where = file + " line " + (index + 1);
            if (cells.size() < 3) {
                unmatched.add(where + ": expected resource,strategy,reason, found " + cells.size() + " cells");
                continue;
            }
            Strategy strategy;
            try {
                strategy = Strategy.valueOf(cells.get(1).strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException unknown) {
                unmatched.add(where + ": \"" + cells.get(1) + "\" is not one of the 7 Rs");
                continue;
            }
            try {
                decisions.add(RankingModel.decide(assessment, goals, cells.get(0).strip(), strategy, null, cells.get(2).strip(), "portfolio " + file.getFileName(), at));
            }
            catch (CloudMigrateException bad) {
                unmatched.add(where + ": " + bad.getMessage());
            }
        }
        return new Result(List.copyOf(decisions), List.copyOf(unmatched));
    }

    private static List<String> cells(String line)
    {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (character == '"') {
                if (quoted && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                }
                else {
                    quoted = !quoted;
                }
            }
            else if (character == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else {
                cell.append(character);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

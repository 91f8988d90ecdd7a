package io.cloudmigrate.recommend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule book, docs/7R-RULES.md, describes every rule id the recommender can put in a
 * recommendation, and marks as implemented exactly those it can emit.
 */
class RuleDocumentTest
{
    private static final Path DOCUMENT = Path.of("../docs/7R-RULES.md");
    private static final Path SOURCES = Path.of("src/main/java/io/cloudmigrate/recommend");
    private static final Pattern RULE_LITERAL = Pattern.compile("\"([A-H][0-9])\"");
    private static final Pattern RULE_ROW = Pattern.compile("^\\| ([A-H][0-9]) \\| (implemented|not implemented)[^|]*\\|", Pattern.MULTILINE);
    private static final List<String> EVERY_RULE = List.of("A0", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C4", "C5", "D1", "D2", "E1",
            "F1", "F2", "F3", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "H1", "H2", "H3");

    @Test
    void describesEveryRuleIdTheRecommenderCanEmitAsImplemented()
            throws IOException
    {
        Map<String, String> rows = rows();

        assertThat(emittedRuleIds()).isNotEmpty().allSatisfy(ruleId -> assertThat(rows).as("rule " + ruleId + " in " + DOCUMENT)
                .containsEntry(ruleId, "implemented"));
    }

    @Test
    void marksAsNotImplementedOnlyTheRulesTheRecommenderNeverEmits()
            throws IOException
    {
        SortedSet<String> emitted = emittedRuleIds();
        SortedSet<String> documentedAsImplemented = new TreeSet<>();
        rows().forEach((ruleId, status) -> {
            if (status.equals("implemented")) {
                documentedAsImplemented.add(ruleId);
            }
        });

        assertThat(documentedAsImplemented).containsExactlyElementsOf(emitted);
    }

    @Test
    void coversEveryRuleOfTheOrderedTreeOnce()
            throws IOException
    {
        assertThat(rows().keySet()).containsExactlyElementsOf(EVERY_RULE);
    }

    private static Map<String, String> rows()
            throws IOException
    {
        Map<String, String> rows = new TreeMap<>();
        Matcher matcher = RULE_ROW.matcher(Files.readString(DOCUMENT));
        while (matcher.find()) {
            assertThat(rows.put(matcher.group(1), matcher.group(2))).as("rule " + matcher.group(1) + " listed twice").isNull();
        }
        return rows;
    }

    /** Every rule id the recommender's code names as a string literal: a rule id reaches a recommendation only that way. */
    private static SortedSet<String> emittedRuleIds()
            throws IOException
    {
        SortedSet<String> ruleIds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = RULE_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    ruleIds.add(matcher.group(1));
                }
            }
        }
        return ruleIds;
    }
}

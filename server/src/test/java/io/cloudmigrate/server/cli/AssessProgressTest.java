package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assess} shows how far scoring, pricing and ranking have got, with an ETA, as {@code generate} does. */
class AssessProgressTest
{
    private static final Pattern RANKING = Pattern.compile("assess: ranking strategies (\\d+)/(\\d+), \\d+s, ETA (\\d+s|unknown)");

    @TempDir
    Path directory;

    @Test
    void reportsEachStepWithCountsAndEndsWithEveryResourceRanked()
            throws IOException
    {
        Path sample = directory.resolve("sample");
        SampleEstate.extractTo(sample);
        Path inventory = directory.resolve("inventory.json");
        JsonDocuments.write(inventory, AwsCliImporter.importDirectory(sample, Optional.empty()));

        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", directory.resolve("assessment.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("assess: scoring risk 0/").contains("assess: pricing 0/").contains("assess: ranking strategies 0/");
        List<Matcher> lines = run.err().lines().map(RANKING::matcher).filter(Matcher::matches).toList();
        assertThat(lines).as(run.err()).isNotEmpty();
        Matcher last = lines.getLast();
        assertThat(last.group(1)).isEqualTo(last.group(2));
        assertThat(Integer.parseInt(last.group(2))).isGreaterThan(10);
        assertThat(last.group(3)).isEqualTo("0s");
        // the scoring and pricing lines come before the ranking ones, and every step ends before the document is written
        assertThat(run.err().indexOf("assess: scoring risk")).isLessThan(run.err().indexOf("assess: pricing"));
        assertThat(run.err().indexOf("assess: pricing")).isLessThan(run.err().indexOf("assess: ranking strategies"));
        assertThat(run.err().lastIndexOf("assess: ranking strategies")).isLessThan(run.err().indexOf("Writing "));
    }
}

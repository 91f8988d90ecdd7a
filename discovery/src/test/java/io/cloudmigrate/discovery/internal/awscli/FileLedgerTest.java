package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A per-resource file is checked as it streams past and parsed again when a reader needs it: the check
 * must find every problem a tree read finds, in the same words, and the scan id must not change.
 */
class FileLedgerTest
{
    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {
            // valid: an object, an array, a scalar, text after the first value (a tree read stops there too), escapes
            "7b2261223a205b312c20322e355d7d", // {"a": [1, 2.5]}
            "5b7b7d2c205b5d5d", // [{}, []]
            "6e756c6c", // null
            "7b7d207b7d", // {} {}
            "7b2261223a20225c7530306539205c6e227d", // {"a": "\\u00e9 \\n"}
            // bad: empty, only white space, truncated twice, two commas, a bad escape, a bad UTF-8 byte, a bare word
            "", // (nothing)
            "200a", // a space and a new line
            "7b224d657472696344617461526573756c7473223a205b", // {"MetricDataResults": [
            "7b2261223a205b312c2032", // {"a": [1, 2
            "7b2261223a312c2c7d", // {"a":1,,}
            "7b2261223a20225c71227d", // {"a": "\\q"}
            "7b2261223a202280227d", // {"a": "\x80"}
            "747275652066616c7365", // true false
            "6e6f7065"}) // nope
    void checkFindsWhatATreeReadFindsAndDigestsTheSameBytes(String hex)
            throws IOException
    {
        byte[] content = HexFormat.of().parseHex(hex);
        Path file = Files.write(directory.resolve("file.json"), content);
        FileLedger treeRead = new FileLedger();
        FileLedger streamed = new FileLedger();

        FileLedger.Parsed parsed = treeRead.read(file, "region/op/file.json");
        Optional<String> problem = streamed.check(file, "region/op/file.json");

        assertThat(problem).isEqualTo(Optional.ofNullable(parsed.problem()));
        assertThat(streamed.scanId()).isEqualTo(treeRead.scanId());
        if (parsed.valid()) {
            assertThat(streamed.parse(file, "region/op/file.json")).isEqualTo(parsed.content());
        }
    }

    @Test
    void checksATruncatedMetricFileWithItsLine()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("metrics"), """
                {"MetricDataResults": [
                  {"Id": "cpu", "Label": "CPUUtilization", "Timestamps": ["2026-10-30T00:00:00+00:00"], "Values": [12.5
                """, StandardCharsets.UTF_8);

        assertThat(new FileLedger().check(file, "eu-west-1/cloudwatch-get-metric-data/metrics"))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("is not valid JSON at line 3").contains("end-of-input"));
    }

    /** Nothing keeps a per-resource file's tree between two reads of it: each read parses the file again. */
    @Test
    void parsesAPerResourceFileAgainEachTimeItIsRead()
            throws IOException
    {
        Path region = Files.createDirectories(directory.resolve("eu-west-1/cloudwatch-get-metric-data"));
        Files.writeString(region.resolve("arn%3Aaws%3Aec2%3Aeu-west-1%3A111111111111%3Ainstance%2Fi-1"),
                "{\"MetricDataResults\": [{\"Id\": \"cpu\", \"Label\": \"CPUUtilization\", \"Values\": [1.5]}]}");
        EstateLayout layout = EstateLayout.scan(directory);
        RegionFiles files = RegionFiles.load(layout.root(), layout.regionFolders().getFirst(), new FileLedger());

        List<RegionFiles.ResourceFile> metrics = files.resourceFiles("cloudwatch-get-metric-data");

        assertThat(metrics).singleElement().satisfies(file -> {
            assertThat(file.identifier()).isEqualTo("arn:aws:ec2:eu-west-1:111111111111:instance/i-1");
            JsonNode first = file.content();
            assertThat(file.content()).isEqualTo(first).isNotSameAs(first);
        });
    }
}

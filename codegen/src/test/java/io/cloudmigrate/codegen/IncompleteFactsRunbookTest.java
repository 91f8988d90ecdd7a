package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database whose inventory gives neither its engine version nor its storage type: the runbook
 * says what is unknown instead of printing {@code null}.
 */
class IncompleteFactsRunbookTest
{
    @TempDir
    Path output;

    @Test
    void writesUnknownWhereTheInventoryLacksAFact()
            throws IOException
    {
        StringRewriter withoutVersionAndStorage = new StringRewriter(value -> switch (value) {
            case "13.12", "gp2" -> null;
            default -> value;
        }, Set.of());

        new ArtifactGenerator().generate(withoutVersionAndStorage.rewrite(AssessmentFixture.assessment()), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK)));

        StringBuilder runbooks = new StringBuilder();
        try (Stream<Path> files = Files.walk(output.resolve("runbooks"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                runbooks.append(Files.readString(file));
            }
        }
        assertThat(runbooks.toString()).contains("orders-db").contains("postgres unknown").doesNotContainPattern("\\bnull\\b");
    }
}

package io.cloudmigrate.codegen;

import io.cloudmigrate.recommend.Assessment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts hostile text (quotes, backslashes, line breaks, {@code ${}, {@code %{}, FreeMarker syntax,
 * Markdown and HTML, control characters, any Unicode) into every string of the test estates, every
 * resource type and security-group rule included, and checks that the generated code has exactly
 * the structure it has when the same strings carry a harmless suffix of the same shape: the same resources,
 * variables, outputs, CloudFormation resources and parameters, report elements and runbook nodes.
 * Every file must also parse (HCL by {@code terraform fmt}, YAML by SnakeYAML, the report as XML),
 * and on some tries the Terraform must pass {@code terraform validate} and the YAML cfn-lint.
 *
 * <p>The seed is fixed. A longer run: {@code -Djqwik.tries.default=200}, and
 * {@code -Dcloudmigrate.fuzz.validateEvery=1} to validate every try.
 */
class EscapingPropertiesTest
{
    private static final String INJECTED_HCL = "\nresource \"aws_iam_user\" \"injected\" {\n  name = \"x\"\n}\n";
    private static final String INJECTED_YAML = "\n  InjectedUser:\n    Type: \"AWS::IAM::User\"\n#";
    private static final int VALIDATE_EVERY = Integer.getInteger("cloudmigrate.fuzz.validateEvery", 6);
    private static final AtomicInteger TRIES = new AtomicInteger();
    /**
     * Strings that keep their value: the schema and document versions, which are checked when the
     * assessment is read, and the dates, which the report parses. Everything else is rewritten.
     */
    private static final Set<String> KEPT = Set.of("Assessment.asOf", "Inventory.capturedAt");

    private static final Map<String, Supplier<Assessment>> ESTATES = Map.of(
            "storefront", AssessmentFixture::withNothingToProvisionInWave3,
            "broad", BroadEstateFixture::assessment,
            "clusters", ClusterEstateFixture::assessment,
            "multi-region", MultiRegionFixture::assessment);

    @Property(seed = "20261205", shrinking = ShrinkingMode.OFF)
    void generatedCodeHasTheEstateStructureWhateverItsStrings(@ForAll("estates") String estate, @ForAll("hostileTexts") List<String> texts)
            throws IOException, InterruptedException
    {
        Path root = Files.createTempDirectory("cloudmigrate-fuzz-");
        boolean passed = false;
        try {
            Assessment source = ESTATES.get(estate).get();
            Path hostile = generate(source, texts, false, root.resolve("hostile"));
            Path harmless = generate(source, texts, true, root.resolve("harmless"));

            GeneratedStructure.assertSameStructure(hostile, harmless);
            GeneratedStructure.assertTerraformParses(hostile);
            if (TRIES.incrementAndGet() % VALIDATE_EVERY == 1 || VALIDATE_EVERY == 1) {
                GeneratedStructure.assertValidatorsAccept(hostile);
            }
            passed = true;
        }
        finally {
            // a failing try keeps both sets for inspection
            if (passed) {
                delete(root);
            }
            else {
                System.err.println("EscapingPropertiesTest: the failing try's output is in " + root);
            }
        }
    }

    @Provide
    Arbitrary<String> estates()
    {
        return Arbitraries.of(ESTATES.keySet().stream().sorted().toList());
    }

    @Provide
    Arbitrary<List<String>> hostileTexts()
    {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("\"", "\\", "\n", "\r\n", "\r", "\t", "${", "${var.x}", "$${", "%{", "%{ if true }", "}",
                        "[=", "[=estateName]", "<#", "<#list x as y>", "</#list>", "<@tf.tags/>", "#", "# ", ": ", "- ", "|", "`", "``", "*", "_", "~",
                        "[link](javascript:alert(1))", "<script>alert(1)</script>", "&amp;", "'", "!Ref X", "&anchor", "*alias", "---", "null", "true", "1e3",
                        "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "é", "中文", "😀", INJECTED_HCL, INJECTED_YAML)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
        return fragment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts))
                .list().ofMinSize(6).ofMaxSize(16);
    }

    /**
     * The estate with each distinct string extended by a text of the list (the same string always by
     * the same text, so that ids still link resources), or by the harmless form of that text.
     */
    private static Path generate(Assessment source, List<String> texts, boolean harmless, Path output)
    {
        Map<String, String> rewritten = new HashMap<>();
        StringRewriter rewriter = new StringRewriter(value -> rewritten.computeIfAbsent(value, original -> {
            int index = rewritten.size() % texts.size();
            String text = texts.get(index);
            return original + (harmless ? harmless(text) : text);
        }), KEPT);
        new ArtifactGenerator().generate(rewriter.rewrite(source), output,
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM, ArtifactKind.CLOUDFORMATION, ArtifactKind.RUNBOOK, ArtifactKind.REPORT)));
        return output;
    }

    /**
     * The text with every character that could be syntax in one of the languages made a letter.
     * Letters and digits stay, whitespace (and what {@code String.trim} drops) stays whitespace, and
     * the separators of ids, versions and CIDRs stay, so that code deciding on a value's shape (a
     * version number in a target, a trimmed protocol) decides the same way.
     */
    private static String harmless(String text)
    {
        StringBuilder harmless = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character <= ' ' || Character.isWhitespace(character) || Character.getType(character) == Character.SPACE_SEPARATOR) {
                harmless.append(' ');
            }
            else if (Character.isLetterOrDigit(character) || ".-/:,".indexOf(character) >= 0) {
                harmless.append(character);
            }
            else {
                harmless.append('x');
            }
        }
        return harmless.toString();
    }

    private static void delete(Path root)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

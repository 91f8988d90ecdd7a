package io.cloudmigrate.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares two generated artifact sets by structure, not text: which blocks, resources, keys,
 * elements and Markdown nodes each file holds. Estate text changes only the values, so two sets
 * generated from the same estate with different strings must have the same structure. Each is
 * compared as a multiset, because lists sorted by name may come in another order.
 */
final class GeneratedStructure
{
    private static final Pattern HCL_LINE = Pattern.compile("^( *)([a-z_]+|\\S)?.*$");
    private static final Pattern YAML_LINE = Pattern.compile("^( *)(#|- |[A-Za-z0-9]+:|\\S)?.*$");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A cfn-lint finding about a value the estate gave: the message quotes the value and says which
     * values are allowed (an enumeration, a pattern, a format, a length), or W3687, ports ignored for a
     * protocol that is not tcp or udp. Findings such as a missing or unexpected property, an unknown
     * type or a broken reference are not about a value and fail the test.
     */
    private static final Pattern CFN_LINT_VALUE_FINDING = Pattern.compile(
            ":[EWI][0-9]{4}:('.*'|\\{'Fn::.*\\}) (is not one of|does not match|is not a '|is too long|is too short|is longer than|is shorter than)|:W3687:", Pattern.DOTALL);
    /**
     * The Markdown nodes the templates lay out. The items of a list and the inline nodes are left out:
     * the runbook steps read facts out of values (a version in a target, a runtime), so their number
     * may differ between two estates, which the Markdown escaping has nothing to do with.
     */
    private static final Set<String> MARKDOWN_BLOCKS = Set.of("Heading", "TableBlock", "TableHead", "TableBody", "TableRow", "TableCell",
            "BulletList", "OrderedList", "BlockQuote", "FencedCodeBlock", "IndentedCodeBlock", "ThematicBreak", "HtmlBlock");
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private GeneratedStructure() {}

    static void assertSameStructure(Path actual, Path expected)
            throws IOException
    {
        List<Path> actualFiles = files(actual);
        List<Path> expectedFiles = files(expected);
        assertThat(actualFiles).as("generated files").hasSameSizeAs(expectedFiles);
        for (int index = 0; index < actualFiles.size(); index++) {
            Path actualFile = actualFiles.get(index);
            Path expectedFile = expectedFiles.get(index);
            assertThat(actualFile.getParent()).as("directory of " + actualFile).isEqualTo(expectedFile.getParent());
            String actualText = Files.readString(actual.resolve(actualFile));
            String expectedText = Files.readString(expected.resolve(expectedFile));
            String name = actualFile.toString();
            if (name.endsWith(".tf")) {
                assertThat(actualText).as(name).doesNotContain("\nresource \"aws_iam_user\"");
                assertThat(skeleton(actualText, HCL_LINE)).as(name + ": blocks and attributes").isEqualTo(skeleton(expectedText, HCL_LINE));
            }
            else if (name.endsWith(".yaml")) {
                assertThat(skeleton(actualText, YAML_LINE)).as(name + ": keys and comments").isEqualTo(skeleton(expectedText, YAML_LINE));
                assertThat(cloudFormation(actualText, name)).as(name + ": resources, parameters and outputs").isEqualTo(cloudFormation(expectedText, name));
            }
            else if (name.endsWith(".md")) {
                List<String> nodes = markdown(actualText);
                assertThat(nodes).as(name + ": raw HTML, links or images").doesNotContain("HtmlInline", "HtmlBlock", "Link", "Image");
                assertThat(nodes.stream().filter(MARKDOWN_BLOCKS::contains).toList()).as(name + ": headings, tables, lists and code blocks")
                        .isEqualTo(markdown(expectedText).stream().filter(MARKDOWN_BLOCKS::contains).toList());
            }
            else if (name.endsWith(".html")) {
                assertThat(elements(actualText, name)).as(name + ": elements").isEqualTo(elements(expectedText, name));
            }
        }
    }

    /** Fails when {@code terraform fmt} cannot parse a generated file; skipped without terraform, unless it is required. */
    static void assertTerraformParses(Path output)
            throws IOException, InterruptedException
    {
        Optional<Path> terraform = validator("terraform");
        if (terraform.isPresent()) {
            ExternalTools.Result result = ExternalTools.run(output, List.of(terraform.get().toString(), "fmt", "-write=false", "-list=false", "-recursive", "-no-color", "terraform"));
            assertThat(result.exitCode()).as("terraform fmt: " + result.output()).isZero();
        }
    }

    /**
     * {@code terraform validate} on every wave module and cfn-lint on every stack, for those installed.
     * The estate values are deliberately invalid (an engine named {@code redis"}), so the provider and
     * cfn-lint may reject a value; what must never happen is an error of the language or the template
     * structure. Terraform attributes every value error to a resource ({@code address}); cfn-lint gives
     * each check a rule id, and only the checks of property values are accepted.
     */
    static void assertValidatorsAccept(Path output)
            throws IOException, InterruptedException
    {
        Optional<Path> terraform = validator("terraform");
        if (terraform.isPresent()) {
            try (Stream<Path> waves = Files.list(output.resolve("terraform"))) {
                for (Path wave : waves.filter(Files::isDirectory).sorted().toList()) {
                    ExternalTools.terraformInit(terraform.get(), wave);
                    ExternalTools.Result validate = ExternalTools.run(wave, List.of(terraform.get().toString(), "validate", "-json", "-no-color"));
                    List<String> languageErrors = new ArrayList<>();
                    for (JsonNode diagnostic : JSON.readTree(jsonPart(validate.output())).path("diagnostics")) {
                        if (diagnostic.path("severity").asText().equals("error") && !diagnostic.hasNonNull("address")) {
                            languageErrors.add(diagnostic.path("summary").asText() + ": " + diagnostic.path("snippet").path("code").asText());
                        }
                    }
                    assertThat(languageErrors).as(wave + ": terraform validate errors not about a resource's value\n" + validate.output()).isEmpty();
                }
            }
        }
        Optional<Path> cfnLint = validator("cfn-lint");
        if (cfnLint.isPresent()) {
            List<String> command = new ArrayList<>(List.of(cfnLint.get().toString(), "--format", "parseable", "--"));
            try (Stream<Path> stacks = Files.list(output.resolve("cloudformation"))) {
                stacks.sorted().forEach(stack -> command.add(output.relativize(stack).toString()));
            }
            ExternalTools.Result result = ExternalTools.run(output, command);
            List<String> structureErrors = result.output().lines()
                    .filter(line -> !line.isBlank())
                    .filter(line -> !CFN_LINT_VALUE_FINDING.matcher(line).find())
                    .toList();
            assertThat(structureErrors).as("cfn-lint findings not about a property value\n" + result.output()).isEmpty();
        }
    }

    // terraform writes warnings about its CLI configuration before the JSON document on the same stream.
    private static String jsonPart(String output)
    {
        int start = output.indexOf("\n{");
        return output.startsWith("{") || start < 0 ? output : output.substring(start + 1);
    }

    private static Optional<Path> validator(String name)
    {
        Optional<Path> executable = ExternalTools.find(name);
        String required = System.getenv().getOrDefault("CLOUDMIGRATE_REQUIRE_VALIDATORS", "");
        if (executable.isEmpty() && Arrays.asList(required.split("[,\\s]+")).contains(name)) {
            fail(name + " is not on PATH, but CLOUDMIGRATE_REQUIRE_VALIDATORS requires it");
        }
        return executable;
    }

    private static List<Path> files(Path root)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** Per line: its indentation and what it starts with (a keyword or key, a comment, a quote, a brace). */
    private static List<String> skeleton(String text, Pattern line)
    {
        return text.lines().map(each -> {
            Matcher matcher = line.matcher(each);
            return matcher.matches() ? matcher.group(1).length() + ":" + (matcher.group(2) == null ? "" : keyShape(matcher.group(2))) : "?" + each;
        }).sorted().toList();
    }

    // YAML keys hold logical ids made from estate names: only their being a key counts.
    private static String keyShape(String start)
    {
        return start.endsWith(":") ? "key:" : start;
    }

    private static List<String> cloudFormation(String text, String name)
    {
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        assertThat(template).as(name + " parses as a YAML mapping").isNotNull();
        List<String> shape = new ArrayList<>(template.keySet().stream().sorted().toList());
        for (String section : List.of("Parameters", "Outputs")) {
            shape.add(section + "=" + map(template, section).size());
        }
        map(template, "Resources").values().stream()
                .map(resource -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resource).getOrDefault("Properties", Map.of());
                    return ((Map<?, ?>) resource).get("Type") + properties.keySet().stream().sorted().toList().toString();
                })
                .sorted()
                .forEach(shape::add);
        return shape;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key)
    {
        return (Map<String, Object>) parent.getOrDefault(key, Map.of());
    }

    private static List<String> markdown(String text)
    {
        List<String> nodes = new ArrayList<>();
        MARKDOWN.parse(text).accept(new AbstractVisitor()
        {
            @Override
            protected void visitChildren(Node parent)
            {
                nodes.add(parent.getClass().getSimpleName());
                super.visitChildren(parent);
            }
        });
        return nodes.stream().sorted().toList();
    }

    private static List<String> elements(String xhtml, String name)
    {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
            NodeList all = document.getElementsByTagName("*");
            List<String> names = new ArrayList<>(all.getLength());
            for (int index = 0; index < all.getLength(); index++) {
                names.add(((Element) all.item(index)).getTagName());
            }
            return names.stream().sorted().toList();
        }
        catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError(name + " is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}

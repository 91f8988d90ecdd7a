package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YamlStringsTest
{
    @Test
    void quotesWithJsonStyleEscapes()
    {
        assertThat(YamlStrings.quote("He said \"hi\" \\ ${x}")).isEqualTo("\"He said \\\"hi\\\" \\\\ ${x}\"");
        assertThat(YamlStrings.quote("line\nbreak\u0007")).isEqualTo("\"line\\nbreak\\u0007\"");
    }

    @Test
    void readsBackAsTheSameStringWhateverItLooksLike()
    {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (String value : List.of("yes", "no", "0123", "1e3", "~", "null", "- item", "key: value", "!Ref x", "# comment", "{a: b}", "tab\there", "é ✓ \u2028", "")) {
            Map<String, Object> document = yaml.load("value: " + YamlStrings.quote(value));
            assertThat(document.get("value")).as(value).isEqualTo(value);
        }
    }
}

package io.cloudmigrate.templates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest
{
    @Test
    void bundlesEveryNamedTemplate()
    {
        for (String name : Templates.ALL) {
            assertThat(Templates.class.getResource(Templates.resourceName(name)))
                    .as(name)
                    .isNotNull();
        }
    }

    @Test
    void listsTemplatesSorted()
    {
        assertThat(Templates.ALL).isSorted();
    }
}

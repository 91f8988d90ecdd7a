package io.cloudmigrate.server.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobTimeoutsTest
{
    @Test
    void readsKindEqualsDurationInShortOrIsoForm()
    {
        JobTimeouts timeouts = JobTimeouts.DEFAULTS.with("generate=45m").with("ASSESS=PT2H").with("scan=90s");
        assertThat(timeouts.of("GENERATE")).isEqualTo(Duration.ofMinutes(45));
        assertThat(timeouts.of("assess")).isEqualTo(Duration.ofHours(2));
        assertThat(timeouts.of("SCAN")).isEqualTo(Duration.ofSeconds(90));
        assertThat(timeouts.of("IMPORT")).isEqualTo(Duration.ofMinutes(30));
        assertThat(timeouts.of("FLOWS")).isEqualTo(JobTimeouts.FALLBACK_DEFAULT);
    }

    @Test
    void refusesATextThatIsNoLimitNamingIt()
    {
        assertThatThrownBy(() -> JobTimeouts.DEFAULTS.with("generate")).hasMessageContaining("'generate' is not KIND=DURATION");
        assertThatThrownBy(() -> JobTimeouts.DEFAULTS.with("generate=soon")).hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> JobTimeouts.DEFAULTS.with("generate=0s")).hasMessageContaining("must be positive");
    }
}

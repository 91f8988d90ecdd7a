package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PeerLoopsTest
{
    private static final String TO_FIRST = "check_path us-east-1 \"$(terraform -chdir=terraform/wave-02 output -raw \"$NAME\"_instance_id)\" db-0.example.com 5432";
    private static final String TO_SECOND = "check_path us-east-1 \"$(terraform -chdir=terraform/wave-02 output -raw \"$NAME\"_instance_id)\" db-1.example.com 5432";

    @Test
    void makesBodiesThatDifferInTheServersWordOneTemplateWithThatWordAsPeer()
    {
        Map<String, PeerLoops.Template> templates = PeerLoops.of(List.of(TO_FIRST, TO_SECOND));

        String template = "check_path us-east-1 \"$(terraform -chdir=terraform/wave-02 output -raw \"$NAME\"_instance_id)\" \"$PEER\" 5432";
        assertThat(templates).containsOnlyKeys(TO_FIRST, TO_SECOND);
        assertThat(templates.get(TO_FIRST)).isEqualTo(new PeerLoops.Template(template, "db-0.example.com"));
        assertThat(templates.get(TO_SECOND)).isEqualTo(new PeerLoops.Template(template, "db-1.example.com"));
        assertThat(PeerLoops.sharedSuffix(List.of("db-0.example.com", "db-1.example.com"))).isEqualTo(".example.com");
    }

    @Test
    void replacesAWordInsideACommandSubstitutionButNeverInsideQuotes()
    {
        // a cache's id inside $(…) is a bare word there; a word inside '…' or "…" would not expand "$PEER"
        String firstCache = "check_path r \"$(aws elasticache describe-cache-clusters --cache-cluster-id cache-0 --query 'A[0]')\" 6379";
        String secondCache = "check_path r \"$(aws elasticache describe-cache-clusters --cache-cluster-id cache-1 --query 'A[0]')\" 6379";
        assertThat(PeerLoops.of(List.of(firstCache, secondCache)).get(firstCache).word()).isEqualTo("cache-0");

        String firstQuoted = "check_path r 'my db-0 here' 5432";
        String secondQuoted = "check_path r 'my db-1 here' 5432";
        String firstDoubleQuoted = "check_path r \"my db-0 here\" 5432";
        String secondDoubleQuoted = "check_path r \"my db-1 here\" 5432";
        assertThat(PeerLoops.of(List.of(firstQuoted, secondQuoted, firstDoubleQuoted, secondDoubleQuoted))).isEmpty();
    }

    @Test
    void leavesBodiesThatDifferInMoreThanOneWordApart()
    {
        String cache = "check_path r host-a 6379";
        String database = "check_path r host-b 5432";

        assertThat(PeerLoops.of(List.of(cache, database))).isEmpty();
        assertThat(PeerLoops.of(List.of(cache))).isEmpty();
    }

    @Test
    void keepsSomethingOfEachWordBeforeTheSharedSuffix()
    {
        assertThat(PeerLoops.sharedSuffix(List.of("app_1_db_endpoint", "app_2_db_endpoint"))).isEqualTo("_db_endpoint");
        assertThat(PeerLoops.sharedSuffix(List.of("cache-0", "cache-1"))).isEmpty();
        assertThat(PeerLoops.sharedSuffix(List.of(".example.com", "db.example.com"))).isEmpty();
    }
}

package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheEncryptionTest
{
    @Test
    void encryptsRedisReplicationGroupsInTransitFromTheVersionsAwsNames()
    {
        assertThat(CacheEncryption.inTransit("redis", "3.2.6", true)).isTrue();
        assertThat(CacheEncryption.inTransit("redis", "3.2.10", true)).isFalse();
        assertThat(CacheEncryption.inTransit("redis", "4.0.9", true)).isFalse();
        assertThat(CacheEncryption.inTransit("redis", "4.0.10", true)).isTrue();
        assertThat(CacheEncryption.inTransit("redis", "5.0.6", true)).isTrue();
        assertThat(CacheEncryption.inTransit("redis", "7.1", true)).isTrue();
        assertThat(CacheEncryption.inTransit("redis", null, true)).as("AWS's current default").isTrue();
    }

    @Test
    void encryptsAClusterOfItsOwnOnlyFromRedis705AndMemcached1612()
    {
        assertThat(CacheEncryption.inTransit("redis", "6.2", false)).isFalse();
        assertThat(CacheEncryption.inTransit("redis", "7.0.4", false)).isFalse();
        assertThat(CacheEncryption.inTransit("redis", "7.0", false)).as("the 7.0 line's current release").isTrue();
        assertThat(CacheEncryption.inTransit("memcached", "1.6.6", false)).isFalse();
        assertThat(CacheEncryption.inTransit("memcached", "1.6.12", false)).isTrue();
        assertThat(CacheEncryption.inTransit("valkey", "7.2", false)).isTrue();
        assertThat(CacheEncryption.inTransit(null, "7.1", true)).as("an unknown engine").isFalse();
    }

    @Test
    void takesAnAuthTokenOnlyInRedisAndValkeyReplicationGroupsWithTls()
    {
        assertThat(CacheEncryption.authToken("redis", true, true)).isTrue();
        assertThat(CacheEncryption.authToken("valkey", true, true)).isTrue();
        assertThat(CacheEncryption.authToken("redis", true, false)).isFalse();
        assertThat(CacheEncryption.authToken("redis", false, true)).as("a cluster of its own").isFalse();
        assertThat(CacheEncryption.authToken("memcached", false, true)).isFalse();
    }
}

package io.cloudmigrate.server.http.internal.limits;

import io.cloudmigrate.server.http.AuthenticationOptions.Lockout;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLockoutTest
{
    private static final Lockout LOCKOUT = new Lockout(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(5));

    private final AtomicLong now = new AtomicLong();
    private final SignInLockout lockout = new SignInLockout(LOCKOUT, now::get);

    @Test
    void endsALockOutAfterTheCoolDown()
    {
        fail(3, "alice", "10.0.0.1");
        assertThat(lockout.locked("alice", "10.0.0.9")).isEqualTo(OptionalLong.of(300));

        advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lockout.locked("alice", "10.0.0.9")).isEqualTo(OptionalLong.of(1));
        advance(Duration.ofSeconds(1));
        assertThat(lockout.locked("alice", "10.0.0.9")).isEmpty();
    }

    @Test
    void doesNotCountFailuresOlderThanTheWindow()
    {
        fail(2, "alice", "10.0.0.1");
        advance(Duration.ofMinutes(16));
        fail(2, "alice", "10.0.0.1");

        assertThat(lockout.locked("alice", "10.0.0.1")).isEmpty();
        fail(1, "alice", "10.0.0.1");
        assertThat(lockout.locked("alice", "10.0.0.1")).isPresent();
    }

    @Test
    void locksAnAddressAcrossNamesWithoutLockingTheNames()
    {
        for (int name = 0; name < 10; name++) {
            fail(1, "user-" + name, "10.0.0.2");
        }

        assertThat(lockout.locked("someone-else", "10.0.0.2")).isPresent();
        assertThat(lockout.locked("user-1", "10.0.0.3")).isEmpty();
    }

    @Test
    void treatsNamesAlikeWhateverTheirCase()
    {
        fail(2, "Alice", "10.0.0.1");
        fail(1, "ALICE", "10.0.0.4");

        assertThat(lockout.locked("alice", "10.0.0.5")).isPresent();
    }

    private void fail(int times, String name, String address)
    {
        for (int attempt = 0; attempt < times; attempt++) {
            lockout.failed(name, address);
        }
    }

    private void advance(Duration duration)
    {
        now.addAndGet(duration.toNanos());
    }
}

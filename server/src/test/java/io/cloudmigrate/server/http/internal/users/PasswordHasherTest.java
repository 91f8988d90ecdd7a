package io.cloudmigrate.server.http.internal.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest
{
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void writesArgon2idHashesInThePhcFormatWithAFreshSaltEachTime()
    {
        String first = hasher.hash("correct horse battery".toCharArray());
        String second = hasher.hash("correct horse battery".toCharArray());

        assertThat(first).matches("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void acceptsTheRightPasswordAndRefusesAnother()
    {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterz".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void matchesTheReferenceVectorOfAnotherImplementation()
    {
        // Both made by the reference C implementation (libargon2's argon2id_hash_encoded), the second with this class's parameters.
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        String owaspParameters = "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$gy5SuVm5Z7Vw7keB9se9p87QGcomaseB/S2U1OhTsM0";

        assertThat(hasher.matches("password".toCharArray(), reference)).isTrue();
        assertThat(hasher.matches("passwore".toCharArray(), reference)).isFalse();
        assertThat(hasher.matches("correct horse battery staple".toCharArray(), owaspParameters)).isTrue();
    }

    @Test
    void aStoredValueItCannotReadMatchesNothing()
    {
        assertThat(hasher.matches("password".toCharArray(), "")).isFalse();
        assertThat(hasher.matches("password".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches("password".toCharArray(), "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isFalse();
    }
}

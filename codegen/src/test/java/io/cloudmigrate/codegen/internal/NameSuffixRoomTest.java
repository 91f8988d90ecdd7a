package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSuffixRoomTest
{
    @Test
    void namesTheLimitOfTheNameWithTheLeastRoom()
    {
        NameSuffixRoom room = new NameSuffixRoom(NameSuffixRoom.LOAD_BALANCER_NAME - "storefront-alb".length(), "storefront-alb", "load balancer name",
                NameSuffixRoom.LOAD_BALANCER_NAME);

        assertThat(room.maximumLength()).isEqualTo(18);
        assertThat(room.message("name_suffix"))
                .isEqualTo("The name_suffix may have at most 18 characters here: load balancer name storefront-alb has 14 and AWS allows 32.");
    }

    @Test
    void asksForAnEmptySuffixWhenANameIsAlreadyAtItsLimit()
    {
        String name = "a".repeat(32);
        assertThat(new NameSuffixRoom(0, name, "load balancer name", 32).message("NameSuffix"))
                .isEqualTo("The NameSuffix must be empty here: load balancer name " + name + " already has the 32 characters AWS allows.");
    }
}

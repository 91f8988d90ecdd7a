package io.cloudmigrate.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavePlannerTest
{
    private final WavePlanner planner = WavePlanner.condensation();

    @Test
    void placesEachResourceAfterEverythingItDependsOn()
    {
        // a → b → d, a → c → d, c → e: d and e depend on nothing; b and c on wave-1 resources only.
        List<MigrationWave> waves = planner.plan(List.of("a", "b", "c", "d", "e", "lonely"), List.of(
                dependency("a", "b"), dependency("b", "d"), dependency("a", "c"), dependency("c", "d"), dependency("c", "e")));

        assertThat(waves).containsExactly(
                new MigrationWave(1, List.of("d", "e", "lonely")),
                new MigrationWave(2, List.of("b", "c")),
                new MigrationWave(3, List.of("a")));
    }

    @Test
    void waitsForTheLongestChain()
    {
        // a depends on d directly and through b → c, so it waits for c.
        List<MigrationWave> waves = planner.plan(List.of("a", "b", "c", "d"), List.of(
                dependency("a", "d"), dependency("a", "b"), dependency("b", "c"), dependency("c", "d")));

        assertThat(waves).containsExactly(
                new MigrationWave(1, List.of("d")),
                new MigrationWave(2, List.of("c")),
                new MigrationWave(3, List.of("b")),
                new MigrationWave(4, List.of("a")));
    }

    @Test
    void putsACycleInOneWave()
    {
        List<MigrationWave> waves = planner.plan(List.of("x", "y", "z", "front"), List.of(
                dependency("x", "y"), dependency("y", "z"), dependency("z", "x"), dependency("front", "x"), dependency("x", "x")));

        assertThat(waves).containsExactly(
                new MigrationWave(1, List.of("x", "y", "z")),
                new MigrationWave(2, List.of("front")));
    }

    @Test
    void cutsLargeWavesIntoConsecutiveWavesWithoutSplittingACycle()
    {
        // Wave 1 of the condensation: p, q, and the cycle x ↔ y ↔ z; wave 2: front, which depends on p and x.
        List<MigrationWave> waves = WavePlanner.condensation(2).plan(List.of("p", "q", "x", "y", "z", "front"), List.of(
                dependency("x", "y"), dependency("y", "z"), dependency("z", "x"), dependency("front", "x"), dependency("front", "p")));

        assertThat(waves).containsExactly(
                new MigrationWave(1, List.of("p", "q")),
                new MigrationWave(2, List.of("x", "y", "z")),
                new MigrationWave(3, List.of("front")));
    }

    @Test
    void packsWholeComponentsUpToTheMaximum()
    {
        List<MigrationWave> waves = WavePlanner.condensation(3).plan(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(
                dependency("b", "c"), dependency("c", "b")));

        assertThat(waves).containsExactly(
                new MigrationWave(1, List.of("a", "b", "c")),
                new MigrationWave(2, List.of("d", "e", "f")),
                new MigrationWave(3, List.of("g")));
    }

    @Test
    void refusesAMaximumBelowOne()
    {
        assertThatThrownBy(() -> WavePlanner.condensation(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumWaveSize must be at least 1");
    }

    @Test
    void refusesEdgesToUnknownResources()
    {
        assertThatThrownBy(() -> planner.plan(List.of("a"), List.of(dependency("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge a -> b names a resource that is not a node");
    }

    private static DependencyEdge dependency(String source, String target)
    {
        return new DependencyEdge(source, target, EdgeKind.OBSERVED, 443, "tcp", 1, 1, "test");
    }
}

package io.cloudmigrate.codegen.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Columns of a layered drawing, checked on small graphs whose answer is known by hand. */
class LayeringTest
{
    @Test
    void putsEachNodeOneColumnRightOfItsDeepestDependency()
    {
        // 0 depends on 1 and 2, 1 on 2, 2 on 3
        Layering.Layers layers = Layering.layers(4, List.of(dependency(0, 1), dependency(0, 2), dependency(1, 2), dependency(2, 3)));

        assertThat(layers.layers()).containsExactly(3, 2, 1, 0);
        assertThat(layers.count()).isEqualTo(4);
    }

    @Test
    void movesAFoundationWithOneDependentToTheColumnBeforeIt()
    {
        // 0 depends on 1, 1 on 2, 2 on 3; 4 is used by 0 only and would stand in column 0 on the longest path
        Layering.Layers layers = Layering.layers(5, List.of(dependency(0, 1), dependency(1, 2), dependency(2, 3), dependency(0, 4)));

        assertThat(layers.layers()).containsExactly(3, 2, 1, 0, 2);
    }

    @Test
    void leavesANodeWithMoreEdgesToTheLeftWhereItIs()
    {
        // 4 depends on 3 and 5 and is used by 0 only: moving it right would lengthen two edges to shorten one
        Layering.Layers layers = Layering.layers(6, List.of(dependency(0, 1), dependency(1, 2), dependency(2, 3), dependency(0, 4),
                dependency(4, 3), dependency(4, 5)));

        assertThat(layers.layers()[4]).isEqualTo(1);
    }

    @Test
    void turnsRoundTheEdgeThatClosesACycleInNodeOrder()
    {
        // 0 depends on 1, 1 on 2, 2 on 0: the search from 0 meets 0 again on the edge from 2
        Layering.Layers layers = Layering.layers(3, List.of(dependency(0, 1), dependency(1, 2), dependency(2, 0)));

        assertThat(layers.layers()).containsExactly(2, 1, 0);
        // the turned edge runs from 2 on the left to 0 on the right, like the others
        assertThat(layers.left()).containsExactly(1, 2, 2);
    }

    private static Layering.Dependency dependency(int dependent, int dependency)
    {
        return new Layering.Dependency(dependent, dependency);
    }
}

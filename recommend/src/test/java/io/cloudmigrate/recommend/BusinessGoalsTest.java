package io.cloudmigrate.recommend;

import io.cloudmigrate.recommend.BusinessGoals.Goal;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessGoalsTest
{
    @Test
    void prefersTheHighestWeight()
    {
        BusinessGoals goals = new BusinessGoals(2, 3, 5, 4);

        assertThat(goals.preferred(EnumSet.allOf(Goal.class))).isEqualTo(Goal.MODERNIZE_INFRASTRUCTURE);
        assertThat(goals.preferred(List.of(Goal.SPEED_OF_MIGRATION, Goal.LICENSE_COST_REDUCTION))).isEqualTo(Goal.LICENSE_COST_REDUCTION);
    }

    @Test
    void breaksTiesSpeedThenOperationsThenLicenceThenModernisation()
    {
        BusinessGoals even = BusinessGoals.DEFAULT;

        assertThat(even.preferred(EnumSet.allOf(Goal.class))).isEqualTo(Goal.SPEED_OF_MIGRATION);
        assertThat(even.preferred(List.of(Goal.MODERNIZE_INFRASTRUCTURE, Goal.REDUCE_OPERATIONAL_OVERHEAD))).isEqualTo(Goal.REDUCE_OPERATIONAL_OVERHEAD);
        assertThat(even.preferred(List.of(Goal.MODERNIZE_INFRASTRUCTURE, Goal.LICENSE_COST_REDUCTION))).isEqualTo(Goal.LICENSE_COST_REDUCTION);
    }

    @Test
    void acceptsWeightsFromOneToFiveOnly()
    {
        assertThat(new BusinessGoals(1, 5, 1, 5).weight(Goal.REDUCE_OPERATIONAL_OVERHEAD)).isEqualTo(5);
        assertThatThrownBy(() -> new BusinessGoals(0, 3, 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("speedOfMigration must be between 1 and 5: 0");
        assertThatThrownBy(() -> new BusinessGoals(3, 3, 3, 6)).hasMessageStartingWith("licenseCostReduction");
    }
}

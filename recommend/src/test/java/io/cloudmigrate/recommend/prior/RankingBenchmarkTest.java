package io.cloudmigrate.recommend.prior;

import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.recommend.Recommender;
import io.cloudmigrate.recommend.internal.PriorModel;
import io.cloudmigrate.recommend.internal.StrategyModel;
import io.cloudmigrate.recommend.internal.TrainingExample;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The performance bounds: training on 20,000 examples under 20 s, ranking 50,000 resources under
 * 5 s. The bounds are checked on the process's CPU time (every thread, so the collector's and the
 * compiler's work counts), and the wall time is printed next to it: the machine is two cores shared by
 * several engineers' builds, where the wall clock measures their load as much as this code (at a load
 * average of 22 a ranking of 2.5 s CPU took 46 s). The 50,000 are ranked twice: the first ranking in a
 * fresh JVM pays for compiling the code (about half its CPU time; the CLI's AOT cache saves part of it),
 * the second is the bound. Both are printed. Timing tests flake on a shared CI runner, so this runs only
 * with {@code -Dcloudmigrate.benchmark=true}:
 * {@code ./mvnw -o -B -pl recommend -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RankingBenchmarkTest -Dcloudmigrate.benchmark=true}.
 */
class RankingBenchmarkTest
{
    private record Timing(double wallSeconds, double cpuSeconds)
    {
        @Override
        public String toString()
        {
            return String.format(java.util.Locale.ROOT, "%.2f s CPU (%.2f s wall)", cpuSeconds, wallSeconds);
        }
    }

    private static Timing time(Runnable work)
    {
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = system.getProcessCpuTime();
        long wallStart = System.nanoTime();
        work.run();
        return new Timing((System.nanoTime() - wallStart) / 1e9, (system.getProcessCpuTime() - cpuStart) / 1e9);
    }

    @Test
    void trainsOnTwentyThousandExamplesAndRanksFiftyThousandResourcesInTime()
    {
        assumeTrue(Boolean.getBoolean("cloudmigrate.benchmark"), "benchmark: run with -Dcloudmigrate.benchmark=true");
        List<TrainingExample> examples = new ArrayList<>();
        while (examples.size() < 20_000) {
            examples.addAll(PriorModel.examples().subList(0, Math.min(PriorModel.examples().size(), 20_000 - examples.size())));
        }
        Timing training = time(() -> StrategyModel.train(examples));

        PriorDatasetGenerator.Estate estate = PriorDatasetGenerator.estate(11L, 50_000);
        Recommender recommender = RankingModel.prior().recommender(DecisionLog.EMPTY);
        List<List<Recommendation>> ranked = new ArrayList<>();
        Timing first = time(() -> ranked.add(recommender.recommend(estate.inventory(), estate.graph(), PriorDatasetGenerator.AS_OF, BusinessGoals.DEFAULT)));
        Timing ranking = time(() -> ranked.add(recommender.recommend(estate.inventory(), estate.graph(), PriorDatasetGenerator.AS_OF, BusinessGoals.DEFAULT)));
        Timing rules = time(() -> Recommender.ruleBased().recommend(estate.inventory(), estate.graph(), PriorDatasetGenerator.AS_OF, BusinessGoals.DEFAULT));

        System.out.printf("benchmark: training on %d examples %s; ranking %d resources %s (the first time, compiling: %s); the rules alone %s; load average %.1f on %d cores%n",
                examples.size(), training, ranked.getLast().size(), ranking, first, rules, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertThat(ranked.getLast()).hasSize(50_000).isEqualTo(ranked.getFirst());
        assertThat(training.cpuSeconds()).isLessThan(20);
        assertThat(ranking.cpuSeconds()).isLessThan(5);
    }
}

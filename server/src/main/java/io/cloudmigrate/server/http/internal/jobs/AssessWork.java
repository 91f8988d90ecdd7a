package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentSummary;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.pipeline.Pricing;
import io.cloudmigrate.server.pipeline.Stages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * An assessment job: the estate's documents through {@link Stages#assess}, exactly as
 * {@code cloudmigrate assess --model} runs it with a model trained on the estate's overrides
 * ({@code model train --decisions}), then stored with one row per resource.
 */
public final class AssessWork
        implements JobWork
{
    /** The steps the job reports. */
    public static final int STEP_COUNT = 3;

    private final EstateStore estates;
    private final AssessmentStore assessments;
    private final UUID estateId;
    private final Options options;
    private final Pricing pricing;

    /** The options of {@code cloudmigrate assess}. */
    public record Options(Optional<LocalDate> asOf, Optional<BusinessGoals> goals, Optional<Integer> maximumWaveSize, List<String> onPremisesCidrs)
    {
        public Options
        {
            requireNonNull(asOf, "asOf is null");
            requireNonNull(goals, "goals is null");
            requireNonNull(maximumWaveSize, "maximumWaveSize is null");
            onPremisesCidrs = List.copyOf(onPremisesCidrs);
        }
    }

    public AssessWork(EstateStore estates, AssessmentStore assessments, UUID estateId, Options options, Pricing pricing)
    {
        this.pricing = requireNonNull(pricing, "pricing is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.assessments = requireNonNull(assessments, "assessments is null");
        this.estateId = requireNonNull(estateId, "estateId is null");
        this.options = requireNonNull(options, "options is null");
    }

    @Override
    public Outcome run(JobContext context)
    {
        context.step("Reading the estate and its overrides");
        EstateStore.Documents documents = estates.documents(estateId);
        DecisionLog decisions = assessments.decisions(estateId).learned();
        context.step("Assessing dependencies, risk, strategy and cost");
        // Why the Price List API or the cache was not used goes to the server's log; the prices fall back as assess's do.
        CostModel costModel = pricing.costModel(documents.inventory(), problem -> System.err.println("cloudmigrate: assessment job " + context.jobId() + ": warning: " + problem));
        // The organisation's model, as 'model train --decisions' makes it from the same decisions; it ranks
        // without them as overrides: the stored recommendation is the model's, shown beside each override
        // (which the API joins and generation applies as they stand then), never replaced by it.
        // Kept by the digest of the decisions, so an unchanged decision set is not trained again.
        RankingModel model = assessments.model(estateId, decisions);
        Assessment assessment = Stages.assess(documents.inventory(), documents.traffic(), options.asOf(), options.goals(), options.maximumWaveSize(),
                options.onPremisesCidrs(), model.recommender(DecisionLog.EMPTY), costModel);
        context.step("Storing recommendations");
        AssessmentSummary summary = assessments.create(UUID.randomUUID(), estateId, assessment, context::progress);
        return new Outcome(Optional.of(estateId), "/api/v1/assessments/" + summary.id());
    }
}

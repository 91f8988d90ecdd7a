package io.cloudmigrate.recommend;

import static java.util.Objects.requireNonNull;

/**
 * Which model ranked an assessment's strategies: the prior (the rubric's criteria only) or an organisation's
 * model trained with its decisions, with Tribuo's description of the trainer and the SHA-256 of the trainer
 * and the examples, which names the training exactly.
 *
 * @param kind {@code prior} or {@code organisation}
 * @param dataset the prior dataset the examples start from
 * @param decisions how many of the examples are an organisation's decisions
 */
public record ModelProvenance(String kind, String sha256, String library, String trainer, String dataset, int examples, int decisions)
{
    public static final String PRIOR = "prior";
    public static final String ORGANISATION = "organisation";

    public ModelProvenance
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(library, "library is null");
        requireNonNull(trainer, "trainer is null");
        requireNonNull(dataset, "dataset is null");
    }

    /** {@code prior:} or {@code organisation:} and the hash's first 12 digits, as each recommendation's evidence names it. */
    public String shortName()
    {
        return kind + ":" + sha256.substring(0, Math.min(12, sha256.length()));
    }
}

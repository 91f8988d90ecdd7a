package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * One named contribution to a risk score.
 *
 * @param name stable factor name, e.g. {@code inboundDependencies}
 * @param value the observed value in words, e.g. {@code 4 resources}
 * @param contribution points added to the score (0 to the factor's weight)
 * @param explanation why the factor matters, for the report
 */
public record RiskFactor(String name, String value, int contribution, String explanation)
{
    public RiskFactor
    {
        requireNonNull(name, "name is null");
        requireNonNull(value, "value is null");
        requireNonNull(explanation, "explanation is null");
        if (contribution < 0) {
            throw new IllegalArgumentException("contribution is negative");
        }
    }
}

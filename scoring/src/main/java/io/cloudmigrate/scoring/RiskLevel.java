package io.cloudmigrate.scoring;

/**
 * A risk score in words. Boundaries: low below 25, medium below 50, high below 75, critical from 75.
 */
public enum RiskLevel
{
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public static RiskLevel of(int score)
    {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be between 0 and 100: " + score);
        }
        if (score < 25) {
            return LOW;
        }
        if (score < 50) {
            return MEDIUM;
        }
        if (score < 75) {
            return HIGH;
        }
        return CRITICAL;
    }
}

package io.cloudmigrate.scoring;

/**
 * The 7 Rs of migration, as AWS Prescriptive Guidance names them. Scoring prices each; the recommend
 * stage chooses one per resource. Meanings inside an AWS estate follow the conventions of docs/7R-RULES.md:
 * Relocate moves unchanged to another account, VPC or Region; Rehost stays on EC2 with the same stack;
 * Replatform changes platform without code change; Refactor changes code or engine.
 */
public enum Strategy
{
    RETIRE("Retire"),
    RETAIN("Retain"),
    RELOCATE("Relocate"),
    REHOST("Rehost"),
    REPLATFORM("Replatform"),
    REPURCHASE("Repurchase"),
    REFACTOR("Refactor");

    private final String displayName;

    Strategy(String displayName)
    {
        this.displayName = displayName;
    }

    public String displayName()
    {
        return displayName;
    }
}

package io.cloudmigrate.codegen;

/**
 * The kinds of artifact {@link ArtifactGenerator} can write, with where they go under the output
 * directory ({@code NN} is the two-digit wave number).
 */
public enum ArtifactKind
{
    /** {@code terraform/wave-NN/{versions,variables,main,outputs}.tf} and {@code terraform/README.md}. */
    TERRAFORM,
    /** {@code cloudformation/wave-NN-<account>-<region>.yaml}: one template per wave and source account and Region. */
    CLOUDFORMATION,
    /** {@code runbooks/wave-NN.md} and {@code runbooks/wave-NN-<application>.md}, and {@code runbooks/README.md} listing them. */
    RUNBOOK,
    /** A PDF of each runbook, rendered from its Markdown. */
    RUNBOOK_PDF,
    /** {@code report/readiness-report.html}. */
    REPORT,
    /** {@code report/readiness-report.pdf}, rendered from the HTML report. */
    REPORT_PDF
}

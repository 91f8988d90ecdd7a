package io.cloudmigrate.templates;

import java.util.List;

/**
 * Where the bundled FreeMarker templates live on the classpath, and their names. A user template
 * directory overrides any of them by holding a file of the same relative name.
 *
 * <p>The templates are written for FreeMarker 2.3.35 with square-bracket interpolation
 * ({@code [=value]}), so that Terraform and CloudFormation {@code ${...}} expressions can be written
 * as they are. Directives keep the angle-bracket form ({@code <#list>}).
 *
 * <p>The renderer escapes every interpolation for the language the file name gives ({@code .tf.ftl}
 * and the other {@code terraform/*.ftl}: HCL; {@code .yaml.ftl}: YAML; {@code .md.ftl}: Markdown;
 * {@code .html.ftl}: XHTML), for an override as for the bundled file of the same name.
 */
public final class Templates
{
    /** The classpath folder holding the templates, for FreeMarker's {@code ClassTemplateLoader}. */
    public static final String BASE_PATH = "/io/cloudmigrate/templates";

    public static final String TERRAFORM_VERSIONS = "terraform/versions.tf.ftl";
    public static final String TERRAFORM_VARIABLES = "terraform/variables.tf.ftl";
    public static final String TERRAFORM_MAIN = "terraform/main.tf.ftl";
    public static final String TERRAFORM_OUTPUTS = "terraform/outputs.tf.ftl";
    public static final String TERRAFORM_README = "terraform/README.md.ftl";
    /** The database-cluster and cache blocks that main.tf.ftl imports. */
    public static final String TERRAFORM_CLUSTERS = "terraform/clusters.ftl";
    /** Functions and macros the Terraform templates import. */
    public static final String TERRAFORM_MACROS = "terraform/macros.ftl";
    public static final String CLOUDFORMATION_WAVE = "cloudformation/wave.yaml.ftl";
    /** The load balancer, Lambda and ECS resources that wave.yaml.ftl includes. */
    public static final String CLOUDFORMATION_COMPUTE = "cloudformation/compute.yaml.ftl";
    public static final String RUNBOOK_WAVE = "runbook/wave.md.ftl";
    /** {@code runbooks/README.md}: every runbook of every wave. */
    public static final String RUNBOOK_INDEX = "runbook/README.md.ftl";
    /** Wraps a runbook rendered to HTML, for its PDF. */
    public static final String RUNBOOK_PDF_PAGE = "runbook/wave-pdf.html.ftl";
    public static final String READINESS_REPORT = "report/readiness-report.html.ftl";
    /** An appendix volume of a report too long for one PDF. */
    public static final String READINESS_REPORT_VOLUME = "report/readiness-report-volume.html.ftl";
    /** Appendix A's compact table, which the report and its volumes import. */
    public static final String REPORT_RESOURCE_ROWS = "report/resource-rows.html.ftl";
    /** Included by the report and the runbook page; plain CSS, not a template. */
    public static final String REPORT_STYLESHEET = "report/readiness-report.css";

    /** Every bundled template, sorted. */
    public static final List<String> ALL = List.of(
            CLOUDFORMATION_WAVE,
            READINESS_REPORT_VOLUME,
            REPORT_STYLESHEET,
            READINESS_REPORT,
            REPORT_RESOURCE_ROWS,
            RUNBOOK_INDEX,
            RUNBOOK_PDF_PAGE,
            RUNBOOK_WAVE,
            TERRAFORM_README,
            TERRAFORM_CLUSTERS,
            TERRAFORM_MACROS,
            TERRAFORM_MAIN,
            TERRAFORM_OUTPUTS,
            TERRAFORM_VARIABLES,
            TERRAFORM_VERSIONS);

    private Templates() {}

    /** The classpath resource name of a template, e.g. {@code /io/cloudmigrate/templates/terraform/main.tf.ftl}. */
    public static String resourceName(String templateName)
    {
        return BASE_PATH + "/" + templateName;
    }
}

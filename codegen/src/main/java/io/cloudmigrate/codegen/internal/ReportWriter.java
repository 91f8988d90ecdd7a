package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.templates.Templates;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code report/readiness-report.html} and, when asked, {@code report/readiness-report.pdf}
 * rendered from the same HTML.
 */
public final class ReportWriter
{
    private final FreemarkerRenderer renderer;
    private final PdfRenderer pdf;

    public ReportWriter(FreemarkerRenderer renderer, PdfRenderer pdf)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.pdf = requireNonNull(pdf, "pdf is null");
    }

    public void write(EstateIndex index, boolean html, boolean pdfToo, ArtifactFiles files)
    {
        ReportModel model = new ReportModelBuilder(index).build();
        String document = renderer.render(Templates.READINESS_REPORT, model);
        if (html) {
            files.write("report/readiness-report.html", document);
        }
        if (pdfToo) {
            files.write("report/readiness-report.pdf", pdf.render(document, model.title()));
        }
    }
}

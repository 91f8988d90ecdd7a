package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.templates.Templates;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code report/readiness-report.html} and, when asked, {@code report/readiness-report.pdf}
 * rendered from the same HTML. The model is built and the template rendered once for both.
 */
public final class ReportWriter
{
    static final String HTML = "report/readiness-report.html";
    static final String PDF = "report/readiness-report.pdf";

    /** The rendered report: its XHTML and its title. */
    public record Document(String xhtml, String title) {}

    private final FreemarkerRenderer renderer;
    private final PdfRenderer pdf;
    private final PageSize pageSize;

    public ReportWriter(FreemarkerRenderer renderer, PdfRenderer pdf, PageSize pageSize)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.pdf = requireNonNull(pdf, "pdf is null");
        this.pageSize = requireNonNull(pageSize, "pageSize is null");
    }

    public Document render(EstateIndex index)
    {
        ReportModel model = new ReportModelBuilder(index, pageSize).build();
        return new Document(renderer.render(Templates.READINESS_REPORT, model), model.title());
    }

    public void writeHtml(Document document, ArtifactFiles files)
    {
        files.write(HTML, document.xhtml());
    }

    /** The PDF of the report, to render beside the runbooks' (see {@link PdfJobs}). */
    public PdfJobs.Job pdfJob(Document document)
    {
        return new PdfJobs.Job(PDF, () -> pdf.render(document.xhtml(), document.title()));
    }
}

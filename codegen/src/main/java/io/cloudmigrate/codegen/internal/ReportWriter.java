package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.templates.Templates;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code report/readiness-report.html} and, when asked, {@code report/readiness-report.pdf}
 * rendered from the same HTML. The model is built once for both. A report whose Appendix A is too
 * long for one PDF (see {@link ReportVolumes}) is written as PDF volumes, each its own document, while
 * the HTML stays one file: a browser does not lay out pages, so the whole report costs it no more than
 * its parts, and one file keeps a search over every resource in one place.
 */
public final class ReportWriter
{
    static final String HTML = "report/readiness-report.html";
    static final String PDF = "report/" + ReportVolumes.MAIN_FILE;
    /** The most rows of Appendix A one PDF of the report holds; a longer report is split into volumes. */
    public static final int ROWS_PER_VOLUME = ReportVolumes.ROWS_PER_VOLUME;

    /**
     * The rendered report: the XHTML of the HTML report, its title, and the PDFs to render.
     */
    public record Document(String xhtml, String title, List<PdfDocument> pdfs)
    {
        public Document
        {
            requireNonNull(xhtml, "xhtml is null");
            requireNonNull(title, "title is null");
            pdfs = List.copyOf(pdfs);
        }
    }

    /** One PDF of the report: the main volume or an appendix volume, with the XHTML it renders. */
    public record PdfDocument(String path, String xhtml, String title) {}

    private final FreemarkerRenderer renderer;
    private final PdfRenderer pdf;
    private final PageSize pageSize;
    private final int rowsPerVolume;

    public ReportWriter(FreemarkerRenderer renderer, PdfRenderer pdf, PageSize pageSize)
    {
        this(renderer, pdf, pageSize, ROWS_PER_VOLUME);
    }

    /** As above, with volumes of at most {@code rowsPerVolume} rows of Appendix A, for tests of volumes on small estates. */
    public ReportWriter(FreemarkerRenderer renderer, PdfRenderer pdf, PageSize pageSize, int rowsPerVolume)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.pdf = requireNonNull(pdf, "pdf is null");
        this.pageSize = requireNonNull(pageSize, "pageSize is null");
        if (rowsPerVolume < 1) {
            throw new IllegalArgumentException("rowsPerVolume is not positive: " + rowsPerVolume);
        }
        this.rowsPerVolume = rowsPerVolume;
    }

    public Document render(EstateIndex index)
    {
        ReportModel model = new ReportModelBuilder(index, pageSize).build();
        String whole = renderer.render(Templates.READINESS_REPORT, model);
        List<ReportModel.AppendixVolume> volumes = ReportVolumes.split(model, rowsPerVolume);
        if (volumes.isEmpty()) {
            return new Document(whole, model.title(), List.of(new PdfDocument(PDF, whole, model.title())));
        }
        List<PdfDocument> pdfs = new ArrayList<>();
        ReportModel main = model.withVolumes(volumes.stream().map(ReportModel.AppendixVolume::tableOfContents).toList());
        pdfs.add(new PdfDocument(PDF, renderer.render(Templates.READINESS_REPORT, main), model.title()));
        for (ReportModel.AppendixVolume volume : volumes) {
            pdfs.add(new PdfDocument("report/" + volume.file(), renderer.render(Templates.READINESS_REPORT_VOLUME, volume), volume.title()));
        }
        return new Document(whole, model.title(), pdfs);
    }

    public void writeHtml(Document document, ArtifactFiles files)
    {
        files.write(HTML, document.xhtml());
    }

    /**
     * The PDFs of the report, to render beside the runbooks' (see {@link PdfJobs}): the main volume,
     * then the appendix volumes in order.
     */
    public List<PdfJobs.Job> pdfJobs(Document document)
    {
        return document.pdfs().stream()
                .map(volume -> new PdfJobs.Job(volume.path(), volume.xhtml().length(), () -> pdf.render(volume.xhtml(), volume.title())))
                .toList();
    }
}

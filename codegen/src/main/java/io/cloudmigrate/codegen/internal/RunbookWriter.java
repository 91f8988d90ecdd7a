package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.templates.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code runbooks/wave-NN.md} and, when asked, {@code runbooks/wave-NN.pdf} rendered from the
 * same Markdown.
 */
public final class RunbookWriter
{
    /** What the runbook PDF page template reads: the runbook as XHTML, and a title. */
    public record PdfPage(String title, String estateName, String body) {}

    private final FreemarkerRenderer renderer;
    private final PdfRenderer pdf;

    public RunbookWriter(FreemarkerRenderer renderer, PdfRenderer pdf)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.pdf = requireNonNull(pdf, "pdf is null");
    }

    /** The Markdown runbook of every wave, keyed by wave label. */
    public Map<String, String> render(EstateIndex index, List<Targets.Wave> waves)
    {
        Map<Integer, MigrationWave> sourceWaves = new TreeMap<>();
        index.assessment().graph().waves().forEach(wave -> sourceWaves.putIfAbsent(wave.number(), wave));
        RunbookModelBuilder builder = new RunbookModelBuilder(index);
        Map<String, String> runbooks = new TreeMap<>();
        for (Targets.Wave wave : waves) {
            runbooks.put(wave.label(), renderer.render(Templates.RUNBOOK_WAVE, builder.build(sourceWaves.get(wave.number()), wave)));
        }
        return runbooks;
    }

    public void writeMarkdown(Map<String, String> runbooks, ArtifactFiles files)
    {
        runbooks.forEach((label, markdown) -> files.write("runbooks/wave-" + label + ".md", markdown));
    }

    public void writePdf(EstateIndex index, Map<String, String> runbooks, ArtifactFiles files)
    {
        List<String> labels = new ArrayList<>(runbooks.keySet());
        for (String label : labels) {
            String title = "Wave " + label + " runbook: " + index.assessment().inventory().name();
            String body = MarkdownHtml.toXhtml(runbooks.get(label));
            String html = renderer.render(Templates.RUNBOOK_PDF_PAGE, new PdfPage(title, index.assessment().inventory().name(), body));
            files.write("runbooks/wave-" + label + ".pdf", pdf.render(html, title));
        }
    }
}

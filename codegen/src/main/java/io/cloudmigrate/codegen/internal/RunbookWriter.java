package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.templates.Templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Writes the runbooks of every wave as {@code runbooks/wave-NN.md} (the wave's own, for members without
 * an application) and {@code runbooks/wave-NN-<application>.md} (see {@link RunbookGroups}), each
 * rendered to a PDF of the same name from the same Markdown when asked, and {@code runbooks/README.md}
 * listing them all.
 */
public final class RunbookWriter
{
    /**
     * What the runbook PDF page template reads: the runbook as XHTML, and a title.
     *
     * @param pageSize the paper, as CSS's {@code @page size} names it ({@code A4}, {@code letter})
     */
    public record PdfPage(String title, String estateName, String body, String pageSize) {}

    /**
     * What the runbook index template reads.
     *
     * @param waves in order, with their dependencies, owners and runbooks
     */
    public record Index(String estateName, String assessmentName, String asOf, boolean pdf, List<Entry> runbooks, List<RunbookIndex.Wave> waves)
    {
        public Index
        {
            runbooks = List.copyOf(runbooks);
            waves = List.copyOf(waves);
        }
    }

    /**
     * One runbook in the index.
     *
     * @param application empty for a wave's own runbook
     * @param file the file name without extension
     */
    public record Entry(String wave, String application, int resources, String file) {}

    /**
     * The rendered runbooks; their Markdown went to a {@link RunbookMarkdown} as each was rendered, so
     * that a large estate's runbooks are not all held in memory until their PDFs are done.
     *
     * @param titles the title of each, by file name without extension, sorted
     * @param characters the length of each one's Markdown, by the same keys
     */
    public record Runbooks(Map<String, String> titles, Map<String, Integer> characters, List<Entry> entries)
    {
        public Runbooks
        {
            titles = Collections.unmodifiableSortedMap(new TreeMap<>(titles));
            characters = Collections.unmodifiableSortedMap(new TreeMap<>(characters));
            entries = List.copyOf(entries);
        }

        public static Runbooks none()
        {
            return new Runbooks(Map.of(), Map.of(), List.of());
        }
    }

    // A runbook's XHTML is up to twice as long as its Markdown (a table row's cells become elements)
    private static final long XHTML_PER_MARKDOWN_CHARACTER = 2;

    private final FreemarkerRenderer renderer;
    private final PdfRenderer pdf;
    private final PageSize pageSize;

    public RunbookWriter(FreemarkerRenderer renderer, PdfRenderer pdf, PageSize pageSize)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.pdf = requireNonNull(pdf, "pdf is null");
        this.pageSize = requireNonNull(pageSize, "pageSize is null");
    }

    /** Told after each wave's runbooks are rendered: waves done, of all. */
    @FunctionalInterface
    public interface Progress
    {
        void waves(int done, int total);
    }

    /** Every runbook of every wave, as Markdown, each handed to {@code markdownStore} as it is rendered. */
    public Runbooks render(EstateIndex index, List<Targets.Wave> waves, RunbookMarkdown markdownStore, Progress progress)
    {
        Map<Integer, MigrationWave> sourceWaves = new TreeMap<>();
        index.assessment().graph().waves().forEach(wave -> sourceWaves.putIfAbsent(wave.number(), wave));
        Set<String> notGenerated = new HashSet<>();
        waves.forEach(wave -> notGenerated.addAll(WaveCode.of(wave).skipped()));
        RunbookModelBuilder builder = new RunbookModelBuilder(index, notGenerated);
        String estateName = index.assessment().inventory().name();
        Map<String, Integer> characters = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        List<Entry> entries = new ArrayList<>();
        int done = 0;
        progress.waves(done, waves.size());
        for (Targets.Wave wave : waves) {
            RunbookModelBuilder.WaveContext context = builder.wave(sourceWaves.get(wave.number()), wave);
            List<RunbookGroups.Group> groups = RunbookGroups.of(wave.label(), context.members());
            List<RunbookModel.ApplicationRunbook> applications = groups.stream()
                    .filter(group -> group.application().isPresent())
                    .map(group -> new RunbookModel.ApplicationRunbook(group.application().get(), group.members().size(), builder.strategies(group.members()), group.file()))
                    .toList();
            for (RunbookGroups.Group group : groups) {
                RunbookModel model = builder.build(context, group, group.application().isEmpty() ? applications : List.of());
                String markdown = renderer.render(Templates.RUNBOOK_WAVE, model);
                markdownStore.write(group.file(), markdown);
                characters.put(group.file(), markdown.length());
                titles.put(group.file(), "Wave " + wave.label() + " runbook" + group.application().map(application -> ", application " + application).orElse("") + ": " + estateName);
                entries.add(new Entry(wave.label(), group.application().orElse(""), group.members().size(), group.file()));
            }
            progress.waves(++done, waves.size());
        }
        return new Runbooks(titles, characters, entries);
    }

    /** Writes {@code runbooks/README.md}, the index of the runbooks (whose Markdown the store wrote). */
    public void writeIndex(EstateIndex index, Runbooks runbooks, boolean pdfToo, ArtifactFiles files)
    {
        List<RunbookIndex.Wave> waves = index.assessment().graph().waves().stream()
                .map(wave -> RunbookIndex.of(index, wave, runbooks.entries().stream()
                        .filter(entry -> entry.wave().equals(Labels.wave(wave.number())))
                        .map(entry -> entry.file() + ".md")
                        .toList()))
                .toList();
        files.write("runbooks/README.md", renderer.render(Templates.RUNBOOK_INDEX, new Index(index.assessment().inventory().name(),
                index.assessment().name(), index.assessment().asOf(), pdfToo, runbooks.entries(), waves)));
    }

    /**
     * The PDF of each runbook, rendered from its Markdown read back from {@code markdownStore} when the
     * job runs, to render in parallel (see {@link PdfJobs}).
     */
    public List<PdfJobs.Job> pdfJobs(EstateIndex index, Runbooks runbooks, RunbookMarkdown markdownStore)
    {
        String estateName = index.assessment().inventory().name();
        return runbooks.characters().entrySet().stream()
                .map(runbook -> new PdfJobs.Job("runbooks/" + runbook.getKey() + ".pdf", XHTML_PER_MARKDOWN_CHARACTER * runbook.getValue(), () -> {
                    String title = runbooks.titles().get(runbook.getKey());
                    String body = MarkdownHtml.toXhtml(markdownStore.read(runbook.getKey()));
                    String html = renderer.render(Templates.RUNBOOK_PDF_PAGE, new PdfPage(title, estateName, body, pageSize.cssName()));
                    return pdf.render(html, title);
                }))
                .toList();
    }
}

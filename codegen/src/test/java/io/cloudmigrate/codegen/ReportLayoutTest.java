package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.InstalledFonts;
import io.cloudmigrate.recommend.Assessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * Hostile and long names (Chinese and Japanese, an emoji, 200 characters without a break, Hebrew)
 * print in the PDF, or are named in a warning when no font has them, and never push anything off the
 * page, on A4 and on US Letter. The page check renders every page with poppler's {@code pdftoppm}; the
 * font checks ask {@code pdffonts} and {@code pdftotext}, the paper {@code pdfinfo}. Without poppler, or
 * without an installed CJK font, these checks skip, except on CI ({@code CI=true}), where they fail:
 * {@code .ci/run} installs both. Without a CJK font, the warning the PDF prints instead is checked by
 * {@code PdfRendererTest}, on every machine.
 */
class ReportLayoutTest
{
    private static final String CJK = "東京-受注サービス";
    private static final String EMOJI = "orders-\uD83D\uDE80-svc";
    private static final String LONG = "ordersservicereplica".repeat(10);
    private static final String HEBREW = "שרת-הזמנות";

    @TempDir
    static Path output;

    private static Path pdf;
    private static String streamText;
    private static final Map<PageSize, Path> OUTPUTS = new EnumMap<>(PageSize.class);

    @BeforeAll
    static void generate()
            throws IOException
    {
        Assessment assessment = new StringRewriter(value -> switch (value) {
            case "web-1" -> CJK;
            case "legacy-batch" -> EMOJI;
            case "orders-db" -> LONG;
            case "storefront-clb" -> HEBREW;
            default -> value;
        }, Set.of()).rewrite(AssessmentFixture.assessment());
        for (PageSize size : PageSize.values()) {
            Path directory = output.resolve(size.cssName());
            new ArtifactGenerator().generate(assessment, directory, GenerationOptions.defaults().withPageSize(size)
                    .withKinds(Set.of(ArtifactKind.REPORT, ArtifactKind.REPORT_PDF, ArtifactKind.RUNBOOK, ArtifactKind.RUNBOOK_PDF)));
            OUTPUTS.put(size, directory);
        }
        pdf = OUTPUTS.get(PageSize.A4).resolve("report/readiness-report.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // in drawing order, a cell's lines follow each other, so a wrapped name joins up again
            streamText = new PDFTextStripper().getText(document).replace("\u200B", "");
        }
    }

    @Test
    void printsLongAndRightToLeftNamesWhole()
    {
        assertThat(streamText.replaceAll("\\s+", "")).contains(LONG);
        assertThat(streamText).containsAnyOf(HEBREW, new StringBuilder(HEBREW).reverse().toString());
    }

    @Test
    void printsCjkNamesAsGlyphsOfTheInstalledCjkFont()
            throws IOException, InterruptedException
    {
        String fontName = InstalledFonts.fallbackFontName().orElseGet(() -> {
            if ("true".equals(System.getenv("CI"))) {
                fail("no CJK font is installed on CI: .ci/run must install fonts-droid-fallback");
            }
            Assumptions.abort("no TrueType CJK font is installed (apt-get install fonts-droid-fallback, or CI runs it): PdfRendererTest checks the warning instead");
            return null;
        });
        ExternalTools.Result text = ExternalTools.run(output, List.of(poppler("pdftotext").toString(), pdf.toString(), "-"));
        assertThat(text.exitCode()).as(text.output()).isZero();
        assertThat(text.output().replace("\u200B", "")).contains(CJK).doesNotContain("[U+6771]");
        ExternalTools.Result fonts = ExternalTools.run(output, List.of(poppler("pdffonts").toString(), pdf.toString()));
        // a subset's name is prefixed with six letters and '+'
        assertThat(fonts.output().lines().filter(line -> line.matches("[A-Z]{6}\\+" + Pattern.quote(fontName) + "\\s.*"))).as(fonts.output()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void laysTheReportAndTheRunbooksOutOnThePaperAsked(PageSize size)
            throws IOException, InterruptedException
    {
        // landscape, in points: A4 is 297 x 210 mm, Letter 11 x 8.5 in
        double[] expected = size == PageSize.A4 ? new double[] {841.89, 595.28} : new double[] {792, 612};
        for (String file : List.of("report/readiness-report.pdf", "runbooks/wave-01.pdf")) {
            ExternalTools.Result info = ExternalTools.run(output, List.of(poppler("pdfinfo").toString(), "-l", "1000", OUTPUTS.get(size).resolve(file).toString()));
            assertThat(info.exitCode()).as(info.output()).isZero();
            List<String> sizes = info.output().lines().filter(line -> line.matches("Page +\\d+ size:.*")).toList();
            assertThat(sizes).as(file + ": " + info.output()).isNotEmpty();
            for (String line : sizes) {
                Matcher points = Pattern.compile("size: +([0-9.]+) x ([0-9.]+) pts").matcher(line);
                assertThat(points.find()).as(line).isTrue();
                assertThat(Double.parseDouble(points.group(1))).as(file + ": " + line).isCloseTo(expected[0], within(0.5));
                assertThat(Double.parseDouble(points.group(2))).as(file + ": " + line).isCloseTo(expected[1], within(0.5));
            }
        }
    }

    @Test
    void namesTheEmojiNoFontHasInsteadOfPrintingAHash()
    {
        assertThat(streamText).contains("orders-[U+1F680]-svc").contains("U+1F680 (rocket)").doesNotContain("orders-#-svc");
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void keepsEveryCharacterInsideThePage(PageSize size)
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(OUTPUTS.get(size).resolve("report/readiness-report.pdf").toFile())) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper()
            {
                @Override
                protected void writeString(String text, List<TextPosition> positions)
                {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    float height = page.getMediaBox().getHeight();
                    for (TextPosition position : positions) {
                        // 12 mm page margins: nothing may come nearer the edge than 8 mm (about 23 pt)
                        if (position.getXDirAdj() < 23 || position.getXDirAdj() + position.getWidthDirAdj() > width - 23 || position.getYDirAdj() > height) {
                            outside.add("page " + getCurrentPageNo() + ": '" + text + "' at x " + position.getXDirAdj());
                            return;
                        }
                    }
                }
            };
            stripper.getText(document);
            assertThat(outside).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void rendersNoBlankPageAndNothingIntoTheMargins(PageSize size)
            throws IOException, InterruptedException
    {
        Path pdftoppm = poppler("pdftoppm");
        Path pages = Files.createDirectories(output.resolve("pages-" + size.cssName()));
        Path report = OUTPUTS.get(size).resolve("report/readiness-report.pdf");
        ExternalTools.Result result = ExternalTools.run(pages, List.of(pdftoppm.toString(), "-png", "-r", "30", report.toString(), "page"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<Path> images;
        try (Stream<Path> files = Files.list(pages)) {
            images = files.filter(file -> file.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(images).isNotEmpty();
        for (Path file : images) {
            BufferedImage image = ImageIO.read(file.toFile());
            // 30 dpi: 8 px is 6.8 mm, inside the 12 mm side margins
            int margin = 8;
            assertThat(inked(image, margin, image.getWidth() - margin, 0, image.getHeight())).as(file.getFileName() + " is blank").isPositive();
            assertThat(inked(image, 0, margin, 0, image.getHeight())).as(file.getFileName() + ": ink in the left margin").isZero();
            assertThat(inked(image, image.getWidth() - margin, image.getWidth(), 0, image.getHeight())).as(file.getFileName() + ": ink in the right margin").isZero();
        }
    }

    @Test
    void embedsEveryFontAsPdffontsSeesIt()
            throws IOException, InterruptedException
    {
        Path pdffonts = poppler("pdffonts");
        ExternalTools.Result result = ExternalTools.run(output, List.of(pdffonts.toString(), pdf.toString()));
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> fonts = result.output().lines().skip(2).filter(line -> !line.isBlank()).toList();
        assertThat(fonts).isNotEmpty();
        for (String font : fonts) {
            // name, type (may hold spaces), encoding, then emb sub uni and the object id
            String[] columns = font.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as(font).isEqualTo("yes");
        }
    }

    private static int inked(BufferedImage image, int fromX, int toX, int fromY, int toY)
    {
        int inked = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = fromY; y < toY; y++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
                if (darkest < 235) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static Path poppler(String tool)
    {
        return ExternalTools.find(tool).orElseGet(() -> {
            if ("true".equals(System.getenv("CI"))) {
                fail(tool + " is not on PATH on CI: .ci/run must install poppler-utils");
            }
            Assumptions.abort(tool + " is not on PATH: skipping the check (apt-get install poppler-utils, or CI runs it)");
            return null;
        });
    }
}

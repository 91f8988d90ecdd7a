package io.cloudmigrate.codegen;

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

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Hostile and long names (Chinese and Japanese, an emoji, 200 characters without a break, Hebrew)
 * print in the PDF, or are named in a warning when no font has them, and never push anything off the
 * page. The page check renders every page with poppler's {@code pdftoppm}; the font check asks
 * {@code pdffonts}. Without poppler these checks skip, except on CI ({@code CI=true}), where they fail.
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
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.REPORT, ArtifactKind.REPORT_PDF)));
        pdf = output.resolve("report/readiness-report.pdf");
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
    void printsCjkWithAnInstalledFontOrNamesTheMissingCharacters()
    {
        if (streamText.contains(CJK)) {
            return;
        }
        assertThat(streamText).contains("[U+6771]").contains("cannot print").contains("U+6771 (cjk unified ideographs-6771)");
    }

    @Test
    void namesTheEmojiNoFontHasInsteadOfPrintingAHash()
    {
        assertThat(streamText).contains("orders-[U+1F680]-svc").contains("U+1F680 (rocket)").doesNotContain("orders-#-svc");
    }

    @Test
    void keepsEveryCharacterInsideThePage()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
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

    @Test
    void rendersNoBlankPageAndNothingIntoTheMargins()
            throws IOException, InterruptedException
    {
        Path pdftoppm = poppler("pdftoppm");
        Path pages = Files.createDirectories(output.resolve("pages"));
        ExternalTools.Result result = ExternalTools.run(pages, List.of(pdftoppm.toString(), "-png", "-r", "30", pdf.toString(), "page"));
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

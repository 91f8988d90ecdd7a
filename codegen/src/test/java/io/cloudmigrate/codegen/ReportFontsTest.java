package io.cloudmigrate.codegen;

import io.cloudmigrate.recommend.Assessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in Greek and Cyrillic print in the PDF, in a font the PDF carries. */
class ReportFontsTest
{
    private static final String GREEK = "Αθήνα-διακομιστής";
    private static final String CYRILLIC = "Москва-пакет";

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        Assessment assessment = new StringRewriter(value -> switch (value) {
            case "web-1" -> GREEK;
            case "legacy-batch" -> CYRILLIC;
            default -> value;
        }, Set.of()).rewrite(AssessmentFixture.assessment());
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults());
    }

    @Test
    void printsGreekAndCyrillicNames()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(output.resolve("report/readiness-report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(GREEK).contains(CYRILLIC);
        }
    }

    @Test
    void embedsEveryFontItUses()
            throws IOException
    {
        for (String pdf : new String[] {"report/readiness-report.pdf", "runbooks/wave-01.pdf"}) {
            try (PDDocument document = Loader.loadPDF(output.resolve(pdf).toFile())) {
                Map<String, Boolean> embedded = new TreeMap<>();
                for (PDPage page : document.getPages()) {
                    collect(page.getResources(), embedded);
                }
                assertThat(embedded).as(pdf).isNotEmpty().doesNotContainValue(false);
                assertThat(embedded.keySet()).as(pdf).allMatch(name -> name.contains("DejaVu"));
            }
        }
    }

    /** Fonts of the page and of the forms it draws (openhtmltopdf draws SVG pictures as forms). */
    private static void collect(PDResources resources, Map<String, Boolean> embedded)
            throws IOException
    {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            embedded.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), embedded);
            }
        }
    }
}

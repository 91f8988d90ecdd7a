package io.cloudmigrate.codegen;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report and runbook PDFs are valid PDF/UA-1 as veraPDF (the PDF Association's validator) checks
 * it: every rule of its PDF/UA-1 profile that can be checked by machine. Failures are listed per rule
 * with the first place each was found.
 */
class ReportPdfUaTest
{
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        VeraGreenfieldFoundryProvider.initialise();
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report/readiness-report.pdf", "runbooks/wave-01.pdf", "runbooks/wave-02.pdf"})
    void isValidPdfUa1(String file)
            throws Exception
    {
        assertThat(failedRules(output.resolve(file))).as(file).isEmpty();
    }

    /** The validator finds what it should: an untagged PDF without title or language is not PDF/UA. */
    @Test
    void failsAnUntaggedPdf()
            throws Exception
    {
        Path untagged = output.resolve("untagged.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(untagged.toFile());
        }

        // 6.2-1: no MarkInfo with Marked true; 7.1-8: no XMP metadata; 7.1-11: no structure tree
        assertThat(failedRules(untagged)).containsKeys("6.2-1", "7.1-8", "7.1-11");
    }

    /** Each rule that failed, with the first failure's message and place. */
    static Map<String, String> failedRules(Path pdf)
            throws Exception
    {
        Map<String, String> failed = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTotalAssertions()).as("checks veraPDF made on " + pdf.getFileName()).isPositive();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " (at " + assertion.getLocation().getContext() + ")");
                }
            }
        }
        return failed;
    }
}

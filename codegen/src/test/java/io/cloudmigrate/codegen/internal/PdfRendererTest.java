package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfRendererTest
{
    private static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
            <body><h1>Estate &amp; more</h1><p>Hello</p></body></html>
            """;

    @Test
    void rendersTheSameBytesEveryTime()
    {
        byte[] first = new PdfRenderer("a", "2025-07-01").render(PAGE, "Title");
        byte[] second = new PdfRenderer("a", "2025-07-01").render(PAGE, "Title");

        assertThat(second).isEqualTo(first);
        assertThat(new PdfRenderer("a", "2025-07-01").render(PAGE.replace("Hello", "Bye"), "Title")).isNotEqualTo(first);
    }

    @Test
    void stampsTheAssessmentDateTitleAndAContentDerivedIdentifier()
            throws IOException
    {
        byte[] pdf = new PdfRenderer("a", "2025-07-01").render(PAGE, "Estate & more");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Estate & more");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
            assertThat(document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("CloudMigrate");
            assertThat(document.getDocument().getDocumentID().size()).isEqualTo(2);
        }
    }

    @Test
    void namesCjkCharactersAndTheFontsToInstallWhenTheMachineHasNoFallbackFont()
            throws IOException
    {
        String page = PAGE.replace("Hello", "orders-\u6771\u4eac");

        byte[] pdf = new PdfRenderer("a", "2025-07-01", Optional.empty()).render(page, "Title");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replace("\u200B", "").replaceAll("\\s+", " "))
                    .contains("orders-[U+6771][U+4EAC]")
                    .contains("cannot print 2 character(s)")
                    .contains("install fonts-droid-fallback").contains("CLOUDMIGRATE_PDF_FALLBACK_FONT")
                    .doesNotContain("\u6771");
        }
    }

    @Test
    void rejectsAnAssessmentDateThatIsNotADate()
    {
        assertThatThrownBy(() -> new PdfRenderer("q3", "July 2025"))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.INVALID_ASSESSMENT))
                .hasMessage("assessment 'q3': asOf 'July 2025' is not a date (yyyy-MM-dd); fix the assessment document");
    }
}

package io.cloudmigrate.codegen.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest
{
    private static final String LONG = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0";

    @Test
    void givesLongRunsBreakOpportunitiesAndLeavesShortWordsAlone()
    {
        PdfText.Prepared prepared = PdfText.prepare("<html><body><p>short words $12,345,678.90 " + LONG + "</p></body></html>", codePoint -> true);

        assertThat(prepared.xhtml()).contains("short words $12,345,678.90 ");
        String broken = prepared.xhtml().substring(prepared.xhtml().indexOf("arn:"), prepared.xhtml().indexOf("</p>"));
        assertThat(broken.replace("\u200B", "")).isEqualTo(LONG);
        for (String piece : broken.split("\u200B")) {
            assertThat(piece.length()).isLessThanOrEqualTo(PdfText.RUN);
        }
    }

    @Test
    void leavesMarkupEntitiesHeadStyleAndSvgAlone()
    {
        String run = "x".repeat(60);
        String xhtml = "<html><head><title>" + run + "</title><style>" + run + "</style></head><body class=\"" + run + "\"><svg alt=\"a\"><text>" + run
                + "</text></svg><p>&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;</p></body></html>";
        String prepared = PdfText.prepare(xhtml, codePoint -> true).xhtml();

        assertThat(prepared).startsWith("<html><head><title>" + run + "</title><style>" + run + "</style></head><body class=\"" + run + "\"><svg alt=\"a\"><text>" + run + "</text></svg>");
        assertThat(prepared.replace("\u200B", "")).isEqualTo(xhtml);
        assertThat(prepared).doesNotContain("&\u200B").doesNotContain("a\u200Bm").doesNotContain("m\u200Bp");
    }

    @Test
    void writesCharactersNoFontHasAsTheirCodePointAndListsThem()
    {
        PdfText.Prepared prepared = PdfText.prepare("<body><p>a\uDBFF\uDFFDb\uFE0F</p></body>", codePoint -> codePoint < 0x80);

        assertThat(prepared.xhtml()).isEqualTo("<body><p>a[U+10FFFD]b</p></body>");
        assertThat(prepared.missing()).containsExactly(0x10FFFD);
    }

    @Test
    void warnsInTheDocumentOfCharactersItCannotPrint()
            throws IOException
    {
        byte[] pdf = new PdfRenderer("test", "2026-01-01").render(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head><body><p>name \uDBFF\uDFFD here</p></body></html>", "t");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("name [U+10FFFD] here").contains("cannot print 1 character(s)").contains("U+10FFFD").doesNotContain("#");
        }
    }
}

package io.cloudmigrate.codegen.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * XHTML to PDF with openhtmltopdf (PDFBox), made deterministic: openhtmltopdf stamps the current time
 * as the creation date and PDFBox derives the file identifier ({@code /ID}) from the clock, so both are
 * replaced before saving: the dates by the assessment's date, the identifier by a digest of the
 * content. The same HTML then always gives the same bytes.
 */
public final class PdfRenderer
{
    private static final String PRODUCER = "CloudMigrate";
    // Nothing is loaded relative to the document; a fixed base keeps the machine's paths out of the PDF.
    private static final String BASE_URI = "about:blank";

    // PDFBox warns for each of the 14 standard fonts that it has no file to draw it with, which matters
    // only when rasterising; the PDF names the standard fonts and every viewer has them. Held here
    // because java.util.logging keeps loggers weakly and would forget the level.
    private static final Logger STANDARD_FONT_LOGGER = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        STANDARD_FONT_LOGGER.setLevel(Level.SEVERE);
        // openhtmltopdf logs every render at INFO on stderr; warnings and errors still come through
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    // Bundled so that Greek and Cyrillic names print and every font is embedded: the 14 standard PDF
    // fonts cover Latin-1 only and are never embedded. See fonts/NOTICE.txt.
    private static final String FONTS = "/io/cloudmigrate/codegen/fonts/";

    // Read from the jar once, not once per document: a large estate renders hundreds of runbooks.
    private static final Map<String, byte[]> FONT_FILES = Map.of(
            "DejaVuSans.ttf", read("DejaVuSans.ttf"),
            "DejaVuSans-Bold.ttf", read("DejaVuSans-Bold.ttf"),
            "DejaVuSansMono.ttf", read("DejaVuSansMono.ttf"));

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED_FONTS = ThreadLocal.withInitial(PdfRenderer::parseFonts);

    private final Calendar documentDate;

    /**
     * @param assessmentName names the assessment in errors
     * @param asOf the assessment's date ({@code yyyy-MM-dd}), used as the creation and modification date
     */
    public PdfRenderer(String assessmentName, String asOf)
    {
        requireNonNull(asOf, "asOf is null");
        try {
            LocalDate date = LocalDate.parse(asOf);
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            documentDate = calendar;
        }
        catch (DateTimeParseException e) {
            throw new CloudMigrateException(CodegenErrorCode.INVALID_ASSESSMENT,
                    "assessment '" + assessmentName + "': asOf '" + asOf + "' is not a date (yyyy-MM-dd); fix the assessment document", e);
        }
    }

    public byte[] render(String xhtml, String title)
    {
        requireNonNull(xhtml, "xhtml is null");
        requireNonNull(title, "title is null");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PDDocument target = new PDDocument();
        // fast mode, the renderer this relies on, is openhtmltopdf's only mode now (useFastMode() is a deprecated no-op)
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(TableSections.split(xhtml), BASE_URI)
                .withProducer(PRODUCER)
                .useSVGDrawer(new BatikSVGDrawer())
                .usePDDocument(target)
                .toStream(output);
        try (PdfBoxRenderer renderer = fonts(builder, target).buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator(PRODUCER);
            information.setProducer(PRODUCER);
            information.setCreationDate(documentDate);
            information.setModificationDate(documentDate);
            byte[] identifier = Arrays.copyOf(sha256(xhtml + "\n" + title), 16);
            COSArray documentId = new COSArray();
            documentId.add(new COSString(identifier));
            documentId.add(new COSString(identifier));
            document.getDocument().setDocumentID(documentId);
            document.save(output);
        }
        catch (IOException | RuntimeException e) {
            throw new CloudMigrateException(CodegenErrorCode.PDF_FAILED, "cannot render '" + title + "' as PDF: " + e.getMessage(), e);
        }
        finally {
            closeQuietly(target);
        }
        return output.toByteArray();
    }

    /**
     * Registers the bundled fonts, parsed once per thread rather than once per document: parsing three
     * TrueType files cost more than rendering a short runbook, and a large estate has hundreds. A
     * parsed font is read while a document embeds its subset, so threads do not share one.
     * Subset = true: only the glyphs used are embedded, which keeps each PDF small.
     */
    private static PdfRendererBuilder fonts(PdfRendererBuilder builder, PDDocument document)
            throws IOException
    {
        Map<String, TrueTypeFont> parsed = PARSED_FONTS.get();
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSans.ttf"), true)), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSans-Bold.ttf"), true)), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSansMono.ttf"), true)), "DejaVu Sans Mono", 400, FontStyle.NORMAL, true);
        return builder;
    }

    /**
     * Parses the bundled fonts with glyph substitution (GSUB) off. For Latin text PDFBox's GSUB applies
     * only DejaVu's ligatures and composed marks, yet it shapes every string drawn again, with a regular
     * expression built per string: a quarter of generate's time at 1,000 resources. Widths are measured
     * without it anyway (PDFont.getStringWidth does not shape), so lines are now drawn as they were measured.
     */
    private static Map<String, TrueTypeFont> parseFonts()
    {
        Map<String, TrueTypeFont> parsed = new HashMap<>();
        FONT_FILES.forEach((file, bytes) -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                font.setEnableGsub(false);
                parsed.put(file, font);
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot parse the bundled font " + FONTS + file, e);
            }
        });
        return Map.copyOf(parsed);
    }

    private static void closeQuietly(PDDocument document)
    {
        try {
            document.close();
        }
        catch (IOException e) {
            // the bytes are already out; a document that cannot close leaks nothing the JVM keeps
        }
    }

    private static byte[] read(String file)
    {
        try (InputStream stream = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            if (stream == null) {
                throw new UncheckedIOException(new IOException("the bundled font " + FONTS + file + " is missing from the classpath"));
            }
            return stream.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + FONTS + file, e);
        }
    }

    private static byte[] sha256(String value)
    {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

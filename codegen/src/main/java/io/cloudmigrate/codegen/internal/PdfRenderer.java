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
import java.nio.file.Path;
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
import java.util.Optional;
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

    private static final String FALLBACK = "fallback";
    private static final Logger LOGGER = Logger.getLogger(PdfRenderer.class.getName());

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED_FONTS = ThreadLocal.withInitial(PdfRenderer::parseFonts);
    // per thread and file, for the same reason; a renderer without a fallback font looks nothing up here
    private static final ThreadLocal<Map<Path, Optional<TrueTypeFont>>> PARSED_FALLBACKS = ThreadLocal.withInitial(HashMap::new);

    private final Calendar documentDate;
    private final Optional<Path> fallbackFont;

    /**
     * @param assessmentName names the assessment in errors
     * @param asOf the assessment's date ({@code yyyy-MM-dd}), used as the creation and modification date
     */
    public PdfRenderer(String assessmentName, String asOf)
    {
        this(assessmentName, asOf, FallbackFont.file());
    }

    /** As above, with the CJK font to fall back on given rather than found on the machine (empty: none). */
    PdfRenderer(String assessmentName, String asOf, Optional<Path> fallbackFont)
    {
        requireNonNull(asOf, "asOf is null");
        this.fallbackFont = requireNonNull(fallbackFont, "fallbackFont is null");
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
        Map<String, TrueTypeFont> parsed = withFallback(PARSED_FONTS.get());
        PdfText.Prepared prepared = PdfText.prepare(xhtml, codePoint -> printable(parsed, codePoint));
        String content = prepared.xhtml();
        if (!prepared.missing().isEmpty()) {
            content = warnOfMissingGlyphs(content, prepared, title);
        }
        // fast mode, the renderer this relies on, is openhtmltopdf's only mode now (useFastMode() is a deprecated no-op)
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(TableSections.split(content), BASE_URI)
                .withProducer(PRODUCER)
                // tagged: a structure tree, the document language from <html lang>, alternative text, reading order
                .usePdfUaAccessibility(true)
                .useUnicodeLineBreaker(new ZeroWidthSpaceBreaker())
                .useSVGDrawer(new BatikSVGDrawer())
                .usePDDocument(target)
                .toStream(output);
        try (PdfBoxRenderer renderer = fonts(builder, target, parsed).buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            PdfAccessibility.complete(document, xhtml, title);
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
    private static PdfRendererBuilder fonts(PdfRendererBuilder builder, PDDocument document, Map<String, TrueTypeFont> parsed)
            throws IOException
    {
        PDFontSupplier regular = new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSans.ttf"), true));
        PDFontSupplier bold = new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSans-Bold.ttf"), true));
        PDFontSupplier mono = new PDFontSupplier(PDType0Font.load(document, parsed.get("DejaVuSansMono.ttf"), true));
        // The generic families too: in PDF/UA mode text in a font that is not embedded (the standard
        // Times or Helvetica a template without font-family falls back to) is not drawn at all.
        for (String family : new String[] {"DejaVu Sans", "sans-serif", "serif"}) {
            builder.useFont(regular, family, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
        }
        builder.useFont(mono, "DejaVu Sans Mono", 400, FontStyle.NORMAL, true);
        builder.useFont(mono, "monospace", 400, FontStyle.NORMAL, true);
        if (parsed.containsKey(FALLBACK)) {
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.get(FALLBACK), true)), FallbackFont.FAMILY, 400, FontStyle.NORMAL, true);
        }
        return builder;
    }

    /** Whether the body font or the fallback font draws the code point. */
    private static boolean printable(Map<String, TrueTypeFont> parsed, int codePoint)
    {
        try {
            if (parsed.get("DejaVuSans.ttf").getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                return true;
            }
            TrueTypeFont fallback = parsed.get(FALLBACK);
            return fallback != null && fallback.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read a font's character map", e);
        }
    }

    /**
     * Puts a warning naming the characters no font prints at the top of the document (where they
     * appear, they read {@code [U+…]}), and logs it: a reader must not take a {@code #} for a name.
     */
    private String warnOfMissingGlyphs(String xhtml, PdfText.Prepared prepared, String title)
    {
        String characters = PdfText.describe(prepared.missing());
        String advice = fallbackFont.isPresent()
                ? "neither the bundled DejaVu fonts nor " + fallbackFont.get().getFileName() + " have them"
                : "no font for them is installed (for Chinese, Japanese and Korean install fonts-droid-fallback or fonts-wqy-microhei, or set "
                        + FallbackFont.VARIABLE + " to a TrueType font file; Debian's fonts-noto-cjk will not do, PDFBox cannot embed its PostScript outlines)";
        String warning = "This PDF cannot print " + prepared.missing().size() + " character(s), shown as [U+…]: " + characters + "; " + advice + ". The HTML report shows them.";
        LOGGER.warning("'" + title + "': " + warning);
        int bodyEnd = xhtml.indexOf('>', xhtml.indexOf("<body")) + 1;
        if (bodyEnd <= 0) {
            return xhtml;
        }
        return xhtml.substring(0, bodyEnd) + "<p class=\"font-warning\">" + XhtmlText.escape(warning) + "</p>" + xhtml.substring(bodyEnd);
    }

    /**
     * Parses the bundled fonts with glyph substitution (GSUB) off. For Latin text PDFBox's GSUB applies
     * only DejaVu's ligatures and composed marks, yet it shapes every string drawn again, with a regular
     * expression built per string: a quarter of generate's time at 1,000 resources. Widths are measured
     * without it anyway (PDFont.getStringWidth does not shape), so lines are now drawn as they were measured.
     */
    private Map<String, TrueTypeFont> withFallback(Map<String, TrueTypeFont> bundled)
    {
        Optional<TrueTypeFont> fallback = fallbackFont.flatMap(file -> PARSED_FALLBACKS.get().computeIfAbsent(file, FallbackFont::parse));
        if (fallback.isEmpty()) {
            return bundled;
        }
        Map<String, TrueTypeFont> fonts = new HashMap<>(bundled);
        fonts.put(FALLBACK, fallback.get());
        return fonts;
    }

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

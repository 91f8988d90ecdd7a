package io.cloudmigrate.codegen.internal;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A font installed on the machine for the scripts the bundled DejaVu fonts lack (Chinese, Japanese,
 * Korean). Bundling one would add 10–20 MB to the jar; an installed one is used when present, and the
 * PDF says which characters it could not print when none is. {@value #VARIABLE} names a font file to
 * use instead of searching. Only TrueType outlines are taken: PDFBox cannot embed a subset of a CFF
 * (PostScript-outline) OpenType font.
 */
final class FallbackFont
{
    /** The family the report's style sheet names after DejaVu Sans. */
    static final String FAMILY = "CloudMigrate Fallback";
    static final String VARIABLE = "CLOUDMIGRATE_PDF_FALLBACK_FONT";

    private static final Logger LOGGER = Logger.getLogger(FallbackFont.class.getName());

    // Debian and Ubuntu packages, in order of preference: fonts-droid-fallback, fonts-wqy-microhei,
    // fonts-wqy-zenhei, fonts-arphic-uming, fonts-noto-cjk (TrueType builds only), fonts-ipafont, fonts-nanum.
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    /** The file found once per process: the machine's fonts do not change during a run. */
    private static final Optional<Path> FILE = locate();

    private FallbackFont() {}

    static Optional<Path> file()
    {
        return FILE;
    }

    /** The font of the file parsed for one thread, or empty when it cannot be read or embedded. */
    static Optional<TrueTypeFont> parse(Path file)
    {
        try {
            return read(file);
        }
        catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "cannot read the fallback font " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Path> locate()
    {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        KNOWN.forEach(known -> candidates.add(Path.of(known)));
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                if (read(candidate).isPresent()) {
                    return Optional.of(candidate);
                }
            }
            catch (IOException | RuntimeException e) {
                LOGGER.log(Level.FINE, "skipping the font " + candidate + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The first TrueType-outline font of the file (a collection's first such member). */
    private static Optional<TrueTypeFont> read(Path file)
            throws IOException
    {
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            collection.processAllFonts(fonts::add);
            return fonts.stream().filter(FallbackFont::embeddable).findFirst();
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return Stream.of(font).filter(FallbackFont::embeddable).findFirst();
    }

    private static boolean embeddable(TrueTypeFont font)
    {
        try {
            return !(font instanceof OpenTypeFont open && open.isPostScript()) && font.getUnicodeCmapLookup(false) != null;
        }
        catch (IOException e) {
            return false;
        }
    }
}

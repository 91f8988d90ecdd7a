package io.cloudmigrate.codegen.internal;

import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** For tests outside this package: the CJK font PDFs fall back on here, as the renderer finds it. */
public final class InstalledFonts
{
    private InstalledFonts() {}

    /** The PostScript name of the fallback font found on this machine (as {@code pdffonts} lists it), or empty when none is. */
    public static Optional<String> fallbackFontName()
    {
        return FallbackFont.file().flatMap(FallbackFont::parse).map(InstalledFonts::name);
    }

    private static String name(TrueTypeFont font)
    {
        try {
            return font.getName();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the fallback font's name", e);
        }
    }
}

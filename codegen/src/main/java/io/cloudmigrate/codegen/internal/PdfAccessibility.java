package io.cloudmigrate.codegen.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PDF/UA asks of a document beyond the structure tree openhtmltopdf writes in its PDF/UA mode:
 * the language, the title shown instead of the file name, and XMP metadata naming the title and the
 * PDF/UA part. The metadata holds no date, so the document stays the same from run to run.
 */
final class PdfAccessibility
{
    private static final Pattern LANGUAGE = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"");

    private PdfAccessibility() {}

    static void complete(PDDocument document, String xhtml, String title)
            throws IOException
    {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (catalog.getLanguage() == null) {
            Matcher language = LANGUAGE.matcher(xhtml);
            catalog.setLanguage(language.find() ? language.group(1) : "en");
        }
        PDViewerPreferences preferences = catalog.getViewerPreferences();
        if (preferences == null) {
            preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            catalog.setViewerPreferences(preferences);
        }
        preferences.setDisplayDocTitle(true);
        PDMarkInfo markInfo = catalog.getMarkInfo();
        if (markInfo == null) {
            markInfo = new PDMarkInfo();
            catalog.setMarkInfo(markInfo);
        }
        markInfo.setMarked(true);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private static String xmp(String title)
    {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
                xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>CloudMigrate</rdf:li></rdf:Seq></dc:creator>
                <pdf:Producer>CloudMigrate</pdf:Producer>
                <xmp:CreatorTool>CloudMigrate</xmp:CreatorTool>
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(XhtmlText.escape(title));
    }
}

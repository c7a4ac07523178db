package org.attache.core.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Makes a finished PDF a PDF/A-2b one, for archiving: XMP metadata saying the same as the information dictionary,
 * an sRGB output intent for the document's RGB colours, and annotations that print.
 */
final class PdfArchive {
    static final String PART = "2";
    static final String CONFORMANCE = "B";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PdfArchive() {
    }

    /** Call once the information dictionary is written and every page has its annotations. */
    static void apply(PDDocument pdf) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(pdf,
                new ByteArrayInputStream(xmp(pdf.getDocumentInformation()).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
        catalog.addOutputIntent(outputIntent(pdf));
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) annotation.setPrinted(true);
        }
    }

    private static PDOutputIntent outputIntent(PDDocument pdf) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SrgbProfile.BYTES));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** The JDK's own sRGB profile, read once per process, when the first archival PDF is written. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The XMP packet: each entry of the information dictionary in its XMP property, and the PDF/A identification. */
    static String xmp(PDDocumentInformation info) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        if (info.getTitle() != null) alternative(x, "dc:title", info.getTitle());
        if (info.getAuthor() != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) alternative(x, "dc:description", info.getSubject());
        simple(x, "pdf:Producer", info.getProducer());
        simple(x, "pdf:Keywords", info.getKeywords());
        simple(x, "xmp:CreatorTool", info.getCreator());
        simple(x, "xmp:CreateDate", date(info.getCreationDate()));
        simple(x, "xmp:ModifyDate", date(info.getModificationDate()));
        simple(x, "pdfaid:part", PART);
        simple(x, "pdfaid:conformance", CONFORMANCE);
        x.append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static void alternative(StringBuilder x, String name, String value) {
        x.append("   <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }

    private static void simple(StringBuilder x, String name, String value) {
        if (value == null) return;
        x.append("   <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
    }

    /** The date as the information dictionary holds it: to the second, in its own offset from UTC. */
    private static String date(Calendar calendar) {
        if (calendar == null) return null;
        return ZonedDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId())
                .truncatedTo(ChronoUnit.SECONDS).format(XMP_DATE);
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 has no way to write most control characters, even escaped
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') sb.appendCodePoint(cp);
                }
            }
        });
        return sb.toString();
    }
}

package org.attache.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.attache.Fixtures;
import org.attache.core.data.BundledDataset;
import org.attache.core.data.DatasetLoad;
import org.attache.core.data.Problem;
import org.attache.core.pdf.PrintableText;
import org.junit.jupiter.api.Test;

/**
 * A character no bundled font can print is named, with its field's place, when a dataset is read for packs
 * (validate, export and the app), rather than found as "[U+4E2D]" in a printed brief.
 */
class UnprintableTextTest {

    private static DatasetLoad read(String json) throws IOException {
        return DatasetFile.reader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "chars.json");
    }

    private static List<Problem> unprintable(DatasetLoad load) {
        return load.problems().stream().filter(p -> p.message().contains("no bundled font can print")).toList();
    }

    @Test
    void emojiArabicAndDevanagariAreNamedAtTheirFieldsWithTheirCodes() throws IOException {
        String json = Files.readString(Fixtures.path("fixtures/minimal.json"))
                .replaceFirst("\"summary\": \"", "\"summary\": \"\u0645\u0631\u062d\u0628\u0627 \ud83d\ude00 ")
                .replaceFirst("\"unit\": \"", "\"unit\": \"\u0928\u092e\u0938\u094d\u0924\u0947 ");
        DatasetLoad load = read(json);

        List<Problem> found = unprintable(load);
        assertEquals(2, found.size(), found.toString());
        Problem summary = found.stream().filter(p -> p.location().path().toString().endsWith(".summary")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertTrue(summary.message().contains("6 characters") && summary.message().contains("U+0645, U+0631")
                && summary.message().contains("U+1F600"), summary.message());
        assertTrue(summary.location().line() > 0 && !summary.isError(), summary.toString());
        assertTrue(found.stream().anyMatch(p -> p.location().path().toString().endsWith(".unit")
                && p.message().contains("U+0928")), found.toString());
        assertTrue(load.isValid(), "a warning, not an error: the pack still prints, with the codes shown");
    }

    @Test
    void accentedLatinGreekCyrillicAndTraditionalChinesePrintAndAreNotFlagged() throws IOException {
        for (String text : List.of("\u4e2d\u83ef\u6c11\u570b\uff08\u81fa\u7063\uff09\u3001\u300c\u570b\u969b\u5211\u8b66\u7d44\u7e54\u300d\u3002","R\u012bga, T\u00fcrkiye, \u0141\u00f3d\u017a, H\u00e0 N\u1ed9i", "\u0391\u03b8\u03ae\u03bd\u03b1",
                "\u041a\u0438\u0457\u0432", "\u201cquoted\u201d \u2013 dash \u2026 \u00a0no-break\u200b")) {
            text.codePoints().forEach(cp -> assertTrue(PrintableText.canPrint(cp), text + ": " + Integer.toHexString(cp)));
            String json = Files.readString(Fixtures.path("fixtures/minimal.json"))
                    .replaceFirst("\"summary\": \"", "\"summary\": \"" + text);
            assertEquals(List.of(), unprintable(read(json)), text);
        }
    }

    @Test
    void theBundledDatasetHasNothingThatCannotBePrinted() {
        assertEquals(List.of(), new UnprintableText().findings(BundledDataset.load().dataset()));
    }
}

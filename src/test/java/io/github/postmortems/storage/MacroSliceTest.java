package io.github.postmortems.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MacroSliceTest {

    @Test
    void cutsOutTheNamedMacroWithTheMacrosNestedInIt() {
        String page = "<p>x</p><ac:structured-macro ac:name=\"postmortem-details\" ac:schema-version=\"1\">"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">OPS-1"
                + "</ac:parameter></ac:structured-macro><ac:structured-macro ac:name=\"status\"/></ac:rich-text-body>"
                + "</ac:structured-macro><ac:structured-macro ac:name=\"incident-timeline\"></ac:structured-macro>";
        String slice = MacroSlice.of(page, "postmortem-details").orElseThrow();
        assertTrue(slice.startsWith("<ac:structured-macro ac:name=\"postmortem-details\""));
        assertTrue(slice.endsWith("</ac:rich-text-body></ac:structured-macro>"));
        assertTrue(slice.contains("OPS-1"));
    }

    @Test
    void findsNothingWhenTheMacroIsAbsentOrNeverClosed() {
        assertEquals(Optional.empty(), MacroSlice.of("<p>nothing</p>", "postmortem-details"));
        assertEquals(Optional.empty(), MacroSlice.of("<ac:structured-macro ac:name=\"postmortem-details\"><table>",
                "postmortem-details"));
    }

    @Test
    void skipsMacroTagsWrittenAsTextInCodeBlocksAndCommentsAsTheParserDoes() {
        String fake = "<ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body><table>"
                + "<tr><th>Title</th><td>Fake</td></tr></table></ac:rich-text-body></ac:structured-macro>";
        String page = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[" + fake
                + "]]></ac:plain-text-body></ac:structured-macro><!-- " + fake + " -->"
                + "<p title=\"a > b\">x</p><ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body>"
                + "<table><tr><th>Title</th><td>Real</td></tr><tr><th>Start</th><td>2026-10-04 15:39</td></tr>"
                + "</table></ac:rich-text-body></ac:structured-macro>";
        ReadingContext context = ReadingContext.inZone(ZoneOffset.UTC);

        assertEquals("Real", new StorageReader().readPageDetails(page, context).postmortem().orElseThrow()
                .meeting().title());
        assertEquals(new StorageReader().readPage(page, context).details(),
                new StorageReader().readPageDetails(page, context).postmortem());
    }

    @Test
    void findsASelfClosingMacroAndCountsOnlyMacroTagsInsideTheSlice() {
        assertEquals(Optional.of("<ac:structured-macro ac:name='postmortem-details' />"),
                MacroSlice.of("<p>a < b</p><ac:structured-macro ac:name='postmortem-details' />", "postmortem-details"));
        String nested = "<ac:macro ac:name=\"postmortem-details\"><ac:structured-macro ac:name=\"x\"><p>y</p>"
                + "</ac:structured-macro></ac:macro>";
        assertEquals(Optional.of(nested), MacroSlice.of(nested + "</ac:macro>", "postmortem-details"));
    }

    @Test
    void readsTheSameDetailsAsTheWholePageOnEverySample() throws IOException {
        StorageReader reader = new StorageReader();
        ReadingContext context = ReadingContext.inZone(ZoneOffset.UTC);
        for (String sample : new String[] {"full-page.xml", "german-labels.xml", "out-of-order.xml", "garbage.xml",
                "legacy-usernames.xml", "cdata-body.xml"}) {
            String storage = sample(sample);
            assertEquals(reader.readPage(storage, context).details(),
                    reader.readPageDetails(storage, context).postmortem(), sample);
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = MacroSliceTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsEachTagsEndAsACharacterByCharacterReadingDoesOnRandomTags() {
        String[] parts = {"a", " ", "=", "\"", "'", ">", "x=\"a>b\"", "y='c\"d'", "=\"", "\t", "/", "z"};
        java.util.Random random = new java.util.Random(20261130L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder tag = new StringBuilder("<td");
            for (int n = random.nextInt(10); n > 0; n--) {
                tag.append(parts[random.nextInt(parts.length)]);
            }
            String markup = tag.toString();
            assertEquals(tagEndOneByOne(markup, 0), MacroSlice.tagEnd(markup, 0), markup);
        }
    }

    /** The tag's end read one character at a time, a quote opening a value only right after '='. */
    private static int tagEndOneByOne(String markup, int open) {
        char quote = 0;
        boolean valueNext = false;
        for (int i = open + 1; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (valueNext && (c == '"' || c == '\'')) {
                quote = c;
                valueNext = false;
            } else if (c == '>') {
                return i;
            } else if (c == '=') {
                valueNext = true;
            } else if (!Character.isWhitespace(c)) {
                valueNext = false;
            }
        }
        return -1;
    }
}

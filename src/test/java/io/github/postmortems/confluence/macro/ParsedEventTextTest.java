package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.EventCells;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential: the event text cleaned from the reader's reading, its tree ({@link ParsedEventText}) or its flat
 * reading (the storage package's {@code FlatEventText}), is, cell for cell, what cleaning the cell's markup (a second
 * parse, the old path) gives, over every sample and thousands of generated cells; and each is used often enough to
 * matter.
 */
class ParsedEventTextTest {

    private static final ReadingContext UTC = ReadingContext.inZone(ZoneOffset.UTC);

    /** Every sample: as a body, and each incident-timeline macro's body in it. */
    static List<String> sampleBodies() {
        List<String> bodies = new ArrayList<>();
        for (Path sample : samples()) {
            String markup = read(sample);
            bodies.add(markup);
            Jsoup.parse(markup, "", Parser.xmlParser()).getElementsByAttributeValue("ac:name", "incident-timeline")
                    .forEach(macro -> macro.getElementsByTag("ac:rich-text-body")
                            .forEach(body -> bodies.add(body.html())));
        }
        return bodies;
    }

    /** The reader that hands out its trees, and the one that reads flat where it can. */
    enum Reading {
        TREE(StorageReader.treeOnly()),
        FLAT(new StorageReader());

        private final StorageReader reader;

        Reading(StorageReader reader) {
            this.reader = reader;
        }
    }

    static Stream<Object[]> sampleBodiesBothWays() {
        return sampleBodies().stream().flatMap(body -> Stream.of(Reading.values()).map(r -> new Object[] {r, body}));
    }

    @ParameterizedTest
    @MethodSource("sampleBodiesBothWays")
    void cleansEverySampleCellAsCleaningItsMarkupDoes(Reading reading, String body) {
        compare(reading, body);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Reading.class)
    void cleansTheViewHtmlSampleFromTheReading(Reading reading) {
        String body = read(samples().stream().filter(p -> p.getFileName().toString().equals("view-timeline.html"))
                .findFirst().orElseThrow());
        Tally tally = compare(reading, body);
        assertTrue(tally.fromTree > 0 && tally.fromTree == tally.cells, "view HTML as Confluence renders it: " + tally);
        assertEquals(reading == Reading.FLAT, tally.flat == tally.cells, "read flat: " + tally.flat);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Reading.class)
    void cleansGeneratedCellsAsCleaningTheirMarkupDoes(Reading reading) {
        Random random = new Random(20261130L);
        Tally all = new Tally();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder cell = new StringBuilder();
            fuzz(random, cell, 0);
            String body = table(random, cell.toString());
            Tally one = compare(reading, body);
            all.cells += one.cells;
            all.fromTree += one.fromTree;
            all.flat += one.flat;
        }
        assertTrue(all.fromTree > all.cells / 5, "the reading is used for the plain cells: " + all);
        assertTrue(all.fromTree < all.cells, "and not for the others: " + all);
        assertTrue(reading == Reading.TREE ? all.flat == 0 : all.flat > all.cells / 20, "read flat: " + all.flat);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Reading.class)
    void cleansHostileCellsAsCleaningTheirMarkupDoes(Reading reading) {
        List<String> cells = List.of(
                "<p>a<p>b</p></p>", "<p><div>x</div></p>", "<a href=\"/x\"><a href=\"/y\">y</a></a>",
                "<ul><li>a<li>b</li></li></ul>", "<li><span><li>x</li></span></li>", "<br></br>", "<br>",
                "<span/>after", "<b><i>x</b>y</i>", "<STRONG>x</STRONG>", "<a HREF=\"javascript:alert(1)\">x</a>",
                "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"/wiki/x\" onclick=\"bad()\">ok</a>",
                "<script>alert(1)</script>x", "<style>p{}</style>", "<pre>\ncode</pre>", "a < b &amp; c &notit; d",
                "<span title=\"a>b\">t</span>", "<span title='<b>'>t</span>", "<!-- c -->x", "<![CDATA[<b>]]>",
                "x\u0000y", "x\u0001y", "\ud83d\ude00 \ud800 \udc00", "\u00a0\"'&lt;&gt;",
                "<span title=\"\u00a0&amp;&quot;'&lt;&gt;\">t</span>", "<a href=\"//evil.example/x\">e</a>",
                "<a href=\"/\\evil.example\">e</a>", "<a href=\" javascript:x\">j</a>", "<a href=\"HTTPS://x\">h</a>",
                "<a href=\"url:javascript:x\">u</a>", "<a href=\"/\">root</a>", "<a href=\"/a b\">sp</a>",
                "<a href=\"mailto:\">m</a>", "<a href=\"http:\u0001x\">c</a>", "<a href=\"\">empty</a>", "<br>x</br>",
                "<code>&lt;b&gt;</code>&nbsp;", "<textarea><b></textarea>", "<img src=x onerror=y>",
                "<ac:link><ri:page ri:content-title=\"Runbook\" /></ac:link>", "<time datetime=\"2026-01-01\" />",
                "<a href=\"mailto:a@b.c\" title=\"&quot;q&quot;\">m</a>", "<span class=\"a\" class=\"b\">d</span>",
                "<p>one</p>\n<p>two</p>", "<blockquote><p>q</p></blockquote>", "<ol><li><ul><li>n</li></ul></li></ol>",
                "<br/><br />", "<em>a<strong>b</strong></em>", "</b>x", "<b>x", "</ >x", "<?php x ?>y", "<é>x</é>");
        Tally all = new Tally();
        for (String cell : cells) {
            Tally one = compare(reading, "<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:00</td><td>" + cell
                    + "</td></tr></table>");
            all.cells += one.cells;
            all.fromTree += one.fromTree;
        }
        assertTrue(all.fromTree > 0, all.toString());
    }

    /** Each event cell the reader hands out cleaned both ways; the view's own path agrees with the old one too. */
    private static Tally compare(Reading reading, String body) {
        List<Read> cells = new ArrayList<>();
        EventMarkup fromReading = new EventMarkup();
        EventCells kept = fromReading.cellsRead();
        String site = EventMarkup.siteForTests();
        reading.reader.readTimeline(body, UTC, new EventCells() {
            @Override
            public void read(int row, Element cell, String markup) {
                cells.add(new Read(row, markup, false, () -> ParsedEventText.clean(cell, markup,
                        new EventMarkup().formattingForTests(), site, EventMarkup.outputForTests())));
                kept.read(row, cell, markup);
            }

            @Override
            public void read(int row, Written cell, String markup) {
                cells.add(new Read(row, markup, true, () -> cell.allowed(new EventMarkup().allowlistForTests())));
                kept.read(row, cell, markup);
            }
        });
        Tally tally = new Tally();
        EventMarkup reparsing = new EventMarkup();
        for (Read read : cells) {
            String markup = read.markup();
            // jsoup's own cleaner with the plain allowlist, where no storage links need turning into text first
            String expected = markup.contains("<ac:link") ? reparsing.safe(markup) : markup.isBlank() ? ""
                    : Jsoup.clean(markup, site, EventMarkup.plainFormattingForTests(), EventMarkup.outputForTests());
            tally.cells++;
            tally.flat += read.flat() ? 1 : 0;
            if (!markup.contains("<ac:link") && read.cleaned().get().isPresent()) {
                tally.fromTree++;
            }
            assertEquals(expected, fromReading.safe(read.row(), markup), "cell markup: " + markup);
        }
        return tally;
    }

    private record Read(int row, String markup, boolean flat, java.util.function.Supplier<Optional<String>> cleaned) {
    }

    private static final class Tally {
        int cells;
        int fromTree;
        int flat;

        @Override
        public String toString() {
            return fromTree + " of " + cells + " cells from the reading (" + flat + " read flat)";
        }
    }

    private static final String[] TAGS = {"p", "div", "span", "strong", "b", "em", "i", "u", "s", "code", "kbd",
            "ul", "ol", "li", "blockquote", "a", "time", "sub", "sup", "del", "ins", "pre", "script", "style",
            "STRONG", "Span", "table", "img", "textarea", "ac:structured-macro", "ri:user", "font", "h1", "button"};
    private static final String[] ATTRIBUTES = {"", " class=\"x\"", " href=\"https://example.com/a?b=1&amp;c=2\"",
            " href=\"/wiki/page\"", " href=\"javascript:alert(1)\"", " HREF=\"/x\"", " onclick=\"bad()\"",
            " title=\"a > b\"", " title='q\"uote'", " data-username=\"jo\"", " data-jira-key=\"OPS-1\"",
            " datetime=\"2026-01-01\"", " href=\"//host/x\"", " href=\"  http://x\"", " title=\"&nbsp;&quot;\"", " style=\"color:red\"", " href=\"mailto:x@y.z\"", " href=relative/page"};
    private static final String[] TEXTS = {"text", " ", "\n", "&amp;", "&nbsp;", "&lt;b&gt;", "a < b", "&notit;",
            "&#x27;", "\u00e9", "Tom & Jerry", "x\u0000y", "<!-- note -->", "<![CDATA[<b>]]>", "OPS-12", "&amp",
            "'", "\"", ">"};

    /** Random cell markup: mostly well nested, sometimes a tag left open, closed twice, self-closed or misnested. */
    private static void fuzz(Random random, StringBuilder out, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            int pick = random.nextInt(10);
            if (pick < 4 || depth > 5) {
                out.append(TEXTS[random.nextInt(TEXTS.length)]);
            } else if (pick == 4) {
                out.append(random.nextBoolean() ? "<br/>" : random.nextBoolean() ? "<br>" : "<br></br>");
            } else {
                String tag = TAGS[random.nextInt(random.nextInt(4) == 0 ? TAGS.length : 22)];
                out.append('<').append(tag).append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
                int shape = random.nextInt(20);
                if (shape == 0) {
                    out.append("/>");
                    continue;
                }
                out.append('>');
                fuzz(random, out, depth + 1);
                if (shape == 1) {
                    continue; // left open
                }
                if (shape == 2) {
                    out.append("</").append(TAGS[random.nextInt(22)]).append('>');
                }
                out.append("</").append(tag).append('>');
            }
        }
    }

    /** The cell in a timeline table; sometimes with a comment (no cell spans: serialized) or rows left open (HTML). */
    private static String table(Random random, String cell) {
        int shape = random.nextInt(4);
        String other = shape == 1 ? "<!-- elsewhere -->" : "";
        if (shape == 2) {
            return "<table><tr><th>Time</th><th>Event</th><tr><td>10:00<td>" + cell + "</table>";
        }
        return "<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:00" + other + "</td><td>" + cell
                + "</td></tr><tr><td>not a time</td><td>" + cell + "</td></tr></table>";
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(Path.of(ParsedEventTextTest.class.getClassLoader()
                .getResource("samples").toURI()))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

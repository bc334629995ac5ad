package io.github.postmortems.storage;

import io.github.postmortems.bench.LargePostmortem;
import io.github.postmortems.postmortem.IncidentTimes;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.SeverityScale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential: the flat path ({@link FlatMarkup}, {@link FlatTables}, {@link FlatCell}) reads every body and page
 * slice exactly as jsoup's tree does (the same rows, values, rich text and warnings), or declines it; over every
 * sample, generated postmortems, thousands of generated tables in both dialects, and the hostile inputs. And the
 * flat reading is jsoup's XML tree, node for node, wherever it reads at all.
 */
class FlatReadingTest {

    private static final ReadingContext BERLIN = ReadingContext.inZone(ZoneId.of("Europe/Berlin"));
    private static final ReadingContext TITLED = new ReadingContext(ZoneId.of("Europe/Berlin"),
            SeverityScale.defaults(), "Checkout outage", null);
    private static final List<String> MACROS = List.of(MacroNames.DETAILS, MacroNames.TIMELINE,
            MacroNames.COUNTERMEASURES);

    private final StorageReader flat = new StorageReader();
    private final StorageReader tree = StorageReader.treeOnly();

    static List<String> samples() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEverySampleAsTheTreeDoes(String name) {
        String page = Samples.read(name);
        compareBody(page);
        comparePage(page);
        for (String macro : MACROS) {
            body(page, macro).ifPresent(this::compareBody);
        }
    }

    @Test
    void readsTheViewSamplesFlat() {
        for (String name : List.of("view-timeline.html", "view-timeline-evidence.html", "view-countermeasures.html")) {
            assertTrue(FlatTables.ofBody(Samples.read(name)).isPresent(), name + " is read flat");
        }
        assertTrue(FlatTables.ofBody(Samples.read("view-countermeasures-tasks.html")).isEmpty(), "tasks: the tree");
    }

    @Test
    void readsGeneratedPostmortemsFlatAndAsTheTreeDoes() {
        for (int entries : new int[] {1, 50, 300}) {
            LargePostmortem postmortem = LargePostmortem.of(entries, 20, 20261130L + entries);
            String page = postmortem.pageStorage();
            assertTrue(FlatTables.ofBody(postmortem.timelineViewBody()).isPresent(), "view body read flat");
            assertTrue(FlatTables.ofMacro(MacroSlice.of(page, MacroNames.DETAILS).orElseThrow(), MacroNames.DETAILS)
                    .isPresent(), "details read flat");
            compareBody(postmortem.timelineViewBody());
            comparePage(page);
            for (String macro : MACROS) {
                String body = body(page, macro).orElseThrow();
                assertTrue(FlatTables.ofBody(body).isPresent(), macro + " body read flat");
                compareBody(body);
            }
        }
    }

    @Test
    void readsGeneratedTablesAsTheTreeDoes() {
        Random random = new Random(20261130L);
        int readFlat = 0;
        int tables = 3_000;
        for (int i = 0; i < tables; i++) {
            String body = GeneratedTable.of(random);
            readFlat += FlatTables.ofBody(body).isPresent() ? 1 : 0;
            compareBody(body);
            comparePage(wrapped(MacroNames.DETAILS, body));
        }
        assertTrue(readFlat > tables / 3 && readFlat < tables, "read flat: " + readFlat + " of " + tables);
    }

    @Test
    void readsHostileInputAsTheTreeDoes() {
        for (Adversarial input : Adversarial.values()) {
            int n = 400;
            compareBody(input.detailsBody(n));
            compareBody(input.timelineBody(n));
            compareBody(input.countermeasuresBody(n));
            comparePage(input.page(n));
        }
    }

    @Test
    void readsDeepNestingWithoutRecursion() {
        int depth = 100_000;
        String cell = "<span><em>".repeat(depth / 2) + "deep" + "</em></span>".repeat(depth / 2);
        String body = "<table><tr><th>Time</th><th>Event</th></tr><tr><td>2026-03-04 10:00</td><td>" + cell
                + "</td></tr></table>";
        assertTrue(FlatTables.ofBody(body).isPresent(), "plain nesting is read flat");
        List<String> written = new ArrayList<>();
        TableReading<io.github.postmortems.timeline.TimelineRow> reading = flat.readTimeline(body, BERLIN,
                new EventCells() {
                    @Override
                    public void read(int row, org.jsoup.nodes.Element e, String markup) {
                        throw new AssertionError("read flat, not as a tree");
                    }

                    @Override
                    public void read(int row, Written e, String markup) {
                        written.add(e.allowed(new EventCells.Allowlist() {
                            @Override
                            public boolean keepsElement(String name) {
                                return name.equals("em");
                            }

                            @Override
                            public boolean keepsAttribute(String element, String key) {
                                return false;
                            }

                            @Override
                            public boolean keepsLink(String target) {
                                return false;
                            }
                        }).orElseThrow());
                    }
                });
        assertEquals(1, reading.rows().size());
        assertEquals("<em>".repeat(depth / 2) + "deep" + "</em>".repeat(depth / 2), written.get(0));
        assertTrue(reading.rows().get(0) instanceof io.github.postmortems.timeline.TimelineRow.Entry entry
                && entry.entry().text().equals("deep"), reading.rows().toString());
    }

    @Test
    void readsJsoupsXmlTreeNodeForNode() {
        Random random = new Random(7L);
        int read = 0;
        List<String> inputs = new ArrayList<>();
        Samples.names().forEach(name -> inputs.add(Samples.read(name)));
        for (int i = 0; i < 3_000; i++) {
            inputs.add(GeneratedTable.of(random));
        }
        inputs.addAll(List.of("a &amp; b", "&nbsp;&ndash;&#8211;&#x2013;&#X2013;", "<p title='x\"y'>z</p>",
                "<p  class = \"a\" >x</p >", "<br/><br />", "<a href=\"x&amp;y\">&lt;</a>", "t\n\tu", "&notin;",
                "<ac:link><ri:user ri:userkey=\"k\" /></ac:link>", "", "text only", "<p>\u00e9\ud83d\ude00</p>"));
        for (String markup : inputs) {
            Optional<FlatMarkup> flatMarkup = FlatMarkup.of(markup);
            if (flatMarkup.isPresent()) {
                read++;
                assertEquals(jsoupTree(markup), flatTree(flatMarkup.get()), markup);
            }
        }
        assertTrue(read > inputs.size() / 3, "read: " + read + " of " + inputs.size());
    }

    @Test
    void declinesWhatJsoupReadsItsOwnWay() {
        for (String markup : List.of("<!-- c -->", "<![CDATA[x]]>", "a < b", "<P>x</P>", "<p>x", "x</p>",
                "<p><b>x</p></b>", "<p class=x>y</p>", "<td nowrap>x</td>", "&amp", "&notit;", "&#0;", "&#x80;",
                "a\rb", "a\u0000b", "<p a=\"1\" a=\"2\">x</p>", "<p a=\"1\"b=\"2\">x</p>", "<?xml version=\"1.0\"?>",
                "<p title=\"x>")) {
            assertTrue(FlatMarkup.of(markup).isEmpty(), markup);
        }
    }

    private void compareBody(String body) {
        assertEquals(tree.readTimeline(body, BERLIN), flat.readTimeline(body, BERLIN), () -> "timeline: " + body);
        assertEquals(tree.readDetails(body, BERLIN), flat.readDetails(body, BERLIN), () -> "details: " + body);
        assertEquals(tree.readCountermeasuresToShow(body, BERLIN), flat.readCountermeasuresToShow(body, BERLIN),
                () -> "countermeasures: " + body);
    }

    private void comparePage(String page) {
        assertEquals(tree.readPageDetails(page, BERLIN), flat.readPageDetails(page, BERLIN), () -> "page: " + page);
        // A timeline reads only the incident's times: what the whole reading's postmortem has, titled or not.
        for (ReadingContext context : List.of(BERLIN, TITLED)) {
            Optional<IncidentTimes> times = tree.readPageDetails(page, context).postmortem()
                    .flatMap(Postmortem::timesIfSet);
            assertEquals(times, flat.readPageIncidentTimes(page, context), () -> "times: " + page);
            assertEquals(times, tree.readPageIncidentTimes(page, context), () -> "times, tree: " + page);
        }
    }

    /** The rich-text body of the page's first macro of that name, as written. */
    private static Optional<String> body(String page, String macro) {
        return MacroSlice.of(page, macro).flatMap(slice -> {
            int open = slice.indexOf("<ac:rich-text-body>");
            int close = slice.lastIndexOf("</ac:rich-text-body>");
            return open < 0 || close < open ? Optional.empty()
                    : Optional.of(slice.substring(open + "<ac:rich-text-body>".length(), close));
        });
    }

    private static String wrapped(String macro, String body) {
        return "<ac:structured-macro ac:name=\"" + macro + "\" ac:schema-version=\"1\"><ac:rich-text-body>" + body
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    /** jsoup's XML tree, one line per node: depth, name and attributes, or text. */
    private static String jsoupTree(String markup) {
        Document document = Jsoup.parse(markup, "", Parser.xmlParser());
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e != document) {
                    out.append(depth).append(" <").append(e.tagName());
                    e.attributes().forEach(a -> out.append(' ').append(a.getKey()).append("=").append(a.getValue()));
                    out.append(">\n");
                } else if (node instanceof TextNode t) {
                    out.append(depth).append(" '").append(t.getWholeText()).append("'\n");
                } else if (node != document) {
                    out.append(depth).append(" ?").append(node.nodeName()).append('\n');
                }
            }
        }, document);
        return out.toString();
    }

    private static String flatTree(FlatMarkup markup) {
        StringBuilder out = new StringBuilder();
        for (int n = 1; n < markup.size(); n++) {
            int depth = 0;
            for (int p = markup.parent(n); p != FlatMarkup.ROOT; p = markup.parent(p)) {
                depth++;
            }
            depth++;
            if (markup.isElement(n)) {
                out.append(depth).append(" <").append(markup.name(n));
                for (int a = 0; a < markup.attributeCount(n); a++) {
                    out.append(' ').append(markup.attributeKey(n, a)).append("=").append(markup.attributeValue(n, a));
                }
                out.append(">\n");
            } else {
                out.append(depth).append(" '").append(markup.text(n)).append("'\n");
            }
        }
        return out.toString();
    }
}

package io.github.postmortems.storage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential: the one walk of {@link TableShape} finds what the three walks it replaced found (the nesting check,
 * the outermost tables, the first table's cells), over every sample, hostile bodies and generated tables.
 */
class TableShapeTest {

    static List<String> samples() {
        return Samples.names().stream().map(Samples::read).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void findsInEverySampleWhatTheThreeWalksFound(String markup) {
        assertSameAsThreeWalks(markup);
    }

    @ParameterizedTest
    @EnumSource(Adversarial.class)
    void findsInHostilePagesWhatTheThreeWalksFound(Adversarial kind) {
        assertSameAsThreeWalks(kind.page(200));
        assertSameAsThreeWalks(kind.timelineBody(200));
    }

    @Test
    void findsInGeneratedTablesWhatTheThreeWalksFound() {
        Random random = new Random(20261130L);
        String[] parts = {"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<tbody>",
                "</tbody>", "<p>x</p>", "text", "<div>", "</div>", "<td/>", "<br/>", "<ac:task>", "</ac:task>"};
        int misplaced = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder markup = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                markup.append(parts[random.nextInt(parts.length)]);
            }
            misplaced += assertSameAsThreeWalks(markup.toString()) ? 0 : 1;
        }
        assertTrue(misplaced > 0 && misplaced < 3_000, "both well and badly nested tables generated: " + misplaced);
    }

    /** Compares with the walks as they were; answers whether the XML parse was well nested. */
    private static boolean assertSameAsThreeWalks(String markup) {
        Document xml = Jsoup.parse(markup, "", Parser.xmlParser());
        Optional<TableShape> shape = TableShape.ifWellNested(xml);
        assertEquals(wellNested(xml), shape.isPresent(), markup);
        Document document = shape.isPresent() ? xml : Jsoup.parse(markup, "", Parser.htmlParser());
        TableShape found = shape.orElseGet(() -> TableShape.of(document));
        List<Element> tables = outermostTables(document);
        assertSame(tables, found.tables(), markup);
        assertSame(tables.isEmpty() ? List.of() : CellScan.cells(tables.get(0)), found.cellsOfFirstTable(), markup);
        assertTrue(found.firstTableCells().isPresent(), "the cells are found in the same walk");
        assertSame(tables, TableShape.outermost(document).tables(), markup);
        return shape.isPresent();
    }

    private static void assertSame(List<Element> expected, List<Element> actual, String markup) {
        assertEquals(expected.size(), actual.size(), markup);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i) == actual.get(i), markup);
        }
    }

    // The walks as StorageReader had them before TableShape.

    private static final Set<String> ROW_PARENTS = Set.of("table", "thead", "tbody", "tfoot");

    private static List<Element> outermostTables(Element root) {
        List<Element> tables = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e.normalName().equals("table")) {
                tables.add(e);
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return tables;
    }

    private static boolean wellNested(Document document) {
        NodeFilter.FilterResult walk = NodeTraversor.filter((node, depth) ->
                node instanceof Element e && misplaced(e) ? NodeFilter.FilterResult.STOP
                        : NodeFilter.FilterResult.CONTINUE, document);
        return walk != NodeFilter.FilterResult.STOP;
    }

    private static boolean misplaced(Element e) {
        String parent = e.parent() == null ? "" : e.parent().normalName();
        return switch (e.normalName()) {
            case "tr" -> !ROW_PARENTS.contains(parent);
            case "td", "th" -> !parent.equals("tr");
            default -> false;
        };
    }
}

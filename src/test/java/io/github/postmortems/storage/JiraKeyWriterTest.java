package io.github.postmortems.storage;

import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JiraKeyWriterTest {

    private static final long PAGE = 98_305L;
    private static final ReadingContext CONTEXT = ReadingContext.inZone(ZoneOffset.UTC);
    private static final Function<List<CountermeasureRow>, List<String>> ROW_IDS = rows -> RowIds
            .assign(PAGE, rows.stream().map(CountermeasureRow::countermeasure).toList()).stream()
            .map(RowRef::rowId).toList();

    private final StorageReader reader = new StorageReader();
    private final JiraKeyWriter writer = new JiraKeyWriter(reader);

    @Test
    void writesKeysIntoTheEmptyJiraCellsOnly() {
        String page = sample("full-page.xml");
        List<String> ids = ids(page);
        Map<String, IssueKey> keys = Map.of(ids.get(1), key("OPS-102"), ids.get(2), key("OPS-103"));

        JiraKeyWriter.WriteBack result = writer.write(page, keys, CONTEXT, ROW_IDS);

        assertEquals(List.of(ids.get(1), ids.get(2)), result.written());
        assertEquals(List.of("OPS-101", "OPS-102", "OPS-103"), reader.readPage(result.storage(), CONTEXT)
                .countermeasures().stream().map(r -> r.countermeasure().jiraKey().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesWithCountermeasures")
    void keepsEveryOtherCharacterOfThePageAsItWas(String name) {
        String page = sample(name);
        List<CountermeasureRow> rows = reader.readPage(page, CONTEXT).countermeasures();
        List<String> ids = ROW_IDS.apply(rows);
        Map<String, IssueKey> keys = new LinkedHashMap<>();
        List<String> emptyCells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).countermeasure().jiraKeyIfSet().isEmpty() && rows.get(i).jiraCellSpanIfKnown().isPresent()) {
                keys.put(ids.get(i), key("ZZQ-" + (9000 + i)));
                emptyCells.add(rows.get(i).jiraCellSpan().of(page));
            }
        }

        JiraKeyWriter.WriteBack result = writer.write(page, keys, CONTEXT, ROW_IDS);

        String restored = result.storage();
        int i = 0;
        for (IssueKey key : keys.values()) {
            restored = restored.replace("<p>" + key + "</p>", emptyCells.get(i++));
        }
        assertEquals(page, restored, "only the Jira cells changed");
        assertEquals(keys.size(), result.written().size());
        List<CountermeasureRow> reread = reader.readPage(result.storage(), CONTEXT).countermeasures();
        assertEquals(rows.size(), reread.size());
        for (int r = 0; r < reread.size(); r++) {
            IssueKey expected = keys.getOrDefault(ids.get(r), rows.get(r).countermeasure().jiraKey());
            assertEquals(expected, reread.get(r).countermeasure().jiraKey(), name + " row " + (r + 1));
        }
    }

    @Test
    void writingTheSameKeysAgainChangesNothing() {
        String page = sample("full-page.xml");
        Map<String, IssueKey> keys = Map.of(ids(page).get(1), key("OPS-102"));
        String once = writer.write(page, keys, CONTEXT, ROW_IDS).storage();
        JiraKeyWriter.WriteBack twice = writer.write(once, keys, CONTEXT, ROW_IDS);
        assertEquals(once, twice.storage());
        assertFalse(twice.changed());
        assertEquals(List.of(), twice.skipped());
    }

    @Test
    void neverOverwritesAKeySomeoneTyped() {
        String page = sample("full-page.xml");
        JiraKeyWriter.WriteBack result = writer.write(page, Map.of(ids(page).get(0), key("OPS-999")), CONTEXT, ROW_IDS);
        assertEquals(page, result.storage());
        assertEquals("postmortems.storage.warning.other-key", result.skipped().get(0).key());
        assertEquals(List.of("OPS-101", "OPS-999"), result.skipped().get(0).args());
    }

    @Test
    void saysSoWhenTheTableHasNoJiraColumn() {
        String page = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Countermeasure</th><th>Owner</th></tr><tr><td>Add an alert</td><td>Jo</td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
        JiraKeyWriter.WriteBack result = writer.write(page, Map.of(ids(page).get(0), key("OPS-7")), CONTEXT, ROW_IDS);
        assertEquals(page, result.storage());
        assertEquals("postmortems.storage.warning.no-jira-cell", result.skipped().get(0).key());
        assertTrue(result.written().isEmpty());
    }

    @Test
    void rowIdsFollowTheTextNotThePosition() {
        String page = sample("full-page.xml");
        String withRowAbove = page.replace("<tbody>\n        <tr><td><p>Alert on replica lag",
                "<tbody>\n        <tr><td><p>A new first row</p></td><td></td><td></td><td></td><td></td><td></td></tr>"
                        + "\n        <tr><td><p>Alert on replica lag");
        List<String> before = ids(page);
        List<String> after = ids(withRowAbove);
        assertEquals(before, after.subList(1, after.size()));
    }

    static Stream<String> samplesWithCountermeasures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
                    .toList();
            StorageReader reader = new StorageReader();
            return names.stream().filter(n -> !reader.readPage(sample(n), CONTEXT).countermeasures().isEmpty());
        }
    }

    private List<String> ids(String page) {
        return ROW_IDS.apply(reader.readPage(page, CONTEXT).countermeasures());
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    private static String sample(String name) {
        try (InputStream in = JiraKeyWriterTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

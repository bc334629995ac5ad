package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.postmortem.Warning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Countermeasures written as Confluence tasks: samples task-countermeasures*.xml and view-countermeasures-tasks. */
class TaskCountermeasuresTest {

    private static final long PAGE = 98_311L;
    private static final ReadingContext UTC = ReadingContext.inZone(ZoneOffset.UTC);
    private static final Function<List<CountermeasureRow>, List<String>> ROW_IDS = rows -> ids(rows);

    private final StorageReader reader = new StorageReader();

    private List<Countermeasure> countermeasures(PageReading reading) {
        return reading.countermeasures().stream().map(CountermeasureRow::countermeasure).toList();
    }

    private static List<String> ids(List<CountermeasureRow> rows) {
        return RowIds.assign(PAGE, rows.stream().map(CountermeasureRow::countermeasure).toList()).stream()
                .map(RowRef::rowId).toList();
    }

    @Test
    void readsATaskListWithoutATableAsOneCountermeasurePerTaskBody() {
        PageReading reading = reader.readPage(Samples.read("task-countermeasures.xml"), UTC);

        List<Countermeasure> read = countermeasures(reading);
        assertEquals(List.of("Add a timeout budget to checkout calls", "Roll back the pool size change",
                "Alert on connection pool saturation"), read.stream().map(Countermeasure::text).toList());
        assertEquals(List.of(1, 2, 3), read.stream().map(Countermeasure::row).toList());
        assertEquals(List.of(Warning.at(Warning.Location.cell(MacroNames.COUNTERMEASURES, 4,
                CountermeasureColumn.TEXT.key()), CountermeasuresReader.MISSING_TEXT)), reading.warnings());
    }

    @Test
    void readsATasksMentionAsItsOwnerAndItsDateAsItsDueDateWhenThereAreNoColumns() {
        Countermeasure first = countermeasures(reader.readPage(Samples.read("task-countermeasures.xml"), UTC)).get(0);

        assertEquals(new UserRef.ByKey("8a7f808a6a1b2c3d016a1b2c3d4e0002"), first.owner());
        assertEquals(LocalDate.of(2026, 4, 1), first.due());
        assertFalse(first.ticked());
    }

    @Test
    void readsACompletedTaskWithoutAKeyAsDoneOutsideJiraAndOneWithAKeyAsJiras() {
        List<Countermeasure> read = countermeasures(reader.readPage(Samples.read("task-countermeasures.xml"), UTC));

        assertTrue(read.get(1).doneOutsideJira());
        assertNull(read.get(1).jiraKey());
        assertTrue(read.get(2).ticked());
        assertEquals(IssueKey.parse("OPS-31"), read.get(2).jiraKeyIfSet());
        assertFalse(read.get(2).doneOutsideJira());
    }

    @Test
    void readsTheViewHtmlOfATaskListAsTheStorageFormatAndNamesItsRowsAlike() {
        TableReading<CountermeasureRow> view =
                reader.readCountermeasures(Samples.read("view-countermeasures-tasks.html"), UTC);
        List<CountermeasureRow> storage = reader.readPage(Samples.read("task-countermeasures.xml"), UTC)
                .countermeasures();

        assertEquals(3, storage.size());
        assertEquals(storage.stream().map(r -> r.countermeasure().text()).toList(),
                view.rows().stream().map(r -> r.countermeasure().text()).toList());
        for (int i = 0; i < storage.size(); i++) {
            Countermeasure fromView = view.rows().get(i).countermeasure();
            Countermeasure fromStorage = storage.get(i).countermeasure();
            assertEquals(fromStorage.owner(), fromView.owner());
            assertEquals(fromStorage.due(), fromView.due());
            assertEquals(fromStorage.jiraKey(), fromView.jiraKey());
            assertEquals(fromStorage.ticked(), fromView.ticked());
        }
        // The board reads view HTML and the create button storage format: both must name each row the same way.
        assertEquals(ids(storage), ids(view.rows()));
        assertEquals(List.of(CountermeasuresReader.MISSING_TEXT), view.warnings().stream().map(Warning::key).toList());
    }

    @Test
    void readsATaskInATextCellAsItsBodyWithTheColumnsWinningOverItsMentionAndDate() {
        PageReading reading = reader.readPage(Samples.read("task-countermeasures-table.xml"), UTC);
        List<Countermeasure> read = countermeasures(reading);

        Countermeasure blankColumns = read.get(0);
        assertEquals("Cap retries in the payment client", blankColumns.text());
        assertEquals(new UserRef.ByKey("key-task-owner"), blankColumns.owner());
        assertEquals(LocalDate.of(2026, 4, 15), blankColumns.due());
        assertEquals(CountermeasureType.PREVENT, blankColumns.type());
        assertFalse(blankColumns.ticked());

        // Owner and Due filled in: they win, and the task's own mention and date stay words of its text.
        Countermeasure filledColumns = read.get(1);
        assertEquals("Write the failover runbook with key-task-mention 2026-05-01", filledColumns.text());
        assertEquals(new UserRef.ByKey("key-column-owner"), filledColumns.owner());
        assertEquals(LocalDate.of(2026, 4, 20), filledColumns.due());
        assertTrue(filledColumns.doneOutsideJira());
    }

    @Test
    void readsSeveralTasksInOneCellAsOneCountermeasureAndSaysSo() {
        PageReading reading = reader.readPage(Samples.read("task-countermeasures-table.xml"), UTC);

        Countermeasure several = countermeasures(reading).get(2);
        assertEquals("Load test the new pool size and the old one", several.text());
        assertEquals(new UserRef.Named("Ben"), several.owner());
        assertEquals(List.of(Warning.at(Warning.Location.cell(MacroNames.COUNTERMEASURES, 3,
                        CountermeasureColumn.TEXT.key()), CountermeasuresReader.SEVERAL_TASKS, "2")),
                reading.warnings());
    }

    @Test
    void readsACellWithWordsAroundItsTaskAsAWholeSoNoWordIsLost() {
        Countermeasure beside = countermeasures(reader.readPage(Samples.read("task-countermeasures-table.xml"), UTC))
                .get(3);

        assertEquals("Agreed with the payments team: Share the pool dashboard", beside.text());
        assertTrue(beside.doneOutsideJira());
    }

    @Test
    void reportsTasksWrittenBesideTheTableInsteadOfDroppingThemSilently() {
        String body = "<table><tbody><tr><th>Countermeasure</th><th>Owner</th></tr>"
                + "<tr><td>Cap retries</td><td>Anna</td></tr></tbody></table>"
                + "<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Share the dashboard</ac:task-body></ac:task></ac:task-list>";

        TableReading<CountermeasureRow> reading = reader.readCountermeasures(body, UTC);

        assertEquals(List.of("Cap retries"), reading.rows().stream().map(r -> r.countermeasure().text()).toList());
        assertEquals(List.of(Warning.at(Warning.Location.row(MacroNames.COUNTERMEASURES, 0),
                StorageReader.TASKS_OUTSIDE_TABLE, "1")), reading.warnings());
    }

    @Test
    void writesATasksKeyIntoItsBodyAsAJiraMacroAndTheRowKeepsItsIdentity() {
        String page = Samples.read("task-countermeasures.xml");
        List<CountermeasureRow> rows = reader.readPage(page, UTC).countermeasures();
        List<String> before = ids(rows);

        JiraKeyWriter.WriteBack result = new JiraKeyWriter(reader).write(page,
                Map.of(before.get(0), key("OPS-77")), UTC, ROW_IDS);

        assertEquals(List.of(before.get(0)), result.written());
        assertEquals(List.of(), result.skipped());
        assertTrue(result.storage().contains("<time datetime=\"2026-04-01\" /> " + JiraKeyWriter.jiraMacro(
                key("OPS-77")) + "</ac:task-body>"), result.storage());
        List<CountermeasureRow> reread = reader.readPage(result.storage(), UTC).countermeasures();
        assertEquals(key("OPS-77"), reread.get(0).countermeasure().jiraKey());
        assertEquals(rows.get(0).countermeasure().text(), reread.get(0).countermeasure().text());
        assertEquals(before, ids(reread), "the creation ledger finds the row again and creates nothing twice");
    }

    @Test
    void writesTheKeyOfATaskInATableWithoutAJiraColumnIntoTheTask() {
        String page = Samples.read("task-countermeasures-table.xml");
        List<String> before = ids(reader.readPage(page, UTC).countermeasures());

        JiraKeyWriter.WriteBack result = new JiraKeyWriter(reader).write(page,
                Map.of(before.get(0), key("OPS-78"), before.get(2), key("OPS-79")), UTC,
                ROW_IDS);

        // Row 3's two tasks were read as one text: no single task to hold its key, and the page says so.
        assertEquals(List.of(before.get(0)), result.written());
        assertEquals(List.of(JiraKeyWriter.NO_JIRA_CELL),
                result.skipped().stream().map(Warning::key).toList());
        List<CountermeasureRow> reread = reader.readPage(result.storage(), UTC).countermeasures();
        assertEquals(key("OPS-78"), reread.get(0).countermeasure().jiraKey());
        assertEquals(before, ids(reread));
    }

    private static IssueKey key(String key) {
        return IssueKey.parse(key).orElseThrow();
    }
}

package io.github.postmortems.index;

import io.github.postmortems.report.DueDates;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDueColumnTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @Test
    void writesDaysAscendingWithACountAboveOneAndReadsThemBack() {
        DueDates due = DueDates.of(List.of(NOV_3.plusDays(28), NOV_3, NOV_3));

        String column = OpenDueColumn.write(due);

        assertAll(
                () -> assertEquals("20261103*2,20261201", column),
                () -> assertEquals(due, OpenDueColumn.read(column, 0)),
                () -> assertEquals("", OpenDueColumn.write(DueDates.NONE)),
                () -> assertEquals(DueDates.NONE, OpenDueColumn.read("", 0)));
    }

    @Test
    void countsOverdueFromTheTextAsTheDueDatesDo() {
        DueDates due = DueDates.of(List.of(NOV_3, NOV_3, NOV_3.plusDays(1), NOV_3.plusDays(40)));
        String column = OpenDueColumn.write(due);

        for (LocalDate today : List.of(NOV_3.minusDays(1), NOV_3, NOV_3.plusDays(1), NOV_3.plusDays(2),
                NOV_3.plusDays(40), NOV_3.plusDays(41))) {
            assertEquals(due.overdueOn(today), OpenDueColumn.overdue(column, 0, OpenDueColumn.day(today)), "" + today);
        }
    }

    @Test
    void aRowFromBeforeTheColumnKeepsItsCountOfIndexing() {
        assertAll(
                () -> assertEquals(DueDates.countedWhenIndexed(3), OpenDueColumn.read(null, 3)),
                () -> assertEquals(3, OpenDueColumn.overdue(null, 3, "20990101")));
    }

    @Test
    void manyDaysFitTheColumnAndNoneIsLost() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            days.add(NOV_3.plusDays(i % 400).plusYears(i % 3));
        }
        DueDates due = DueDates.of(days);

        String column = OpenDueColumn.write(due);

        assertAll(
                () -> assertTrue(column.length() <= Limits.DUE_DAYS, "" + column.length()),
                () -> assertEquals(1000, OpenDueColumn.read(column, 0).count()),
                () -> assertEquals(1000, OpenDueColumn.overdue(column, 0, "99991231")));
    }

    @Test
    void unreadableEntriesAreSkippedNotThrown() {
        assertEquals(DueDates.of(List.of(NOV_3, NOV_3)), OpenDueColumn.read("garbage,20261103*x,20261103,2026", 0));
    }
}

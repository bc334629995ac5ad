package io.github.postmortems.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DueDatesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    @Test
    void aDueDayIsOverdueFromTheDayAfter() {
        DueDates due = DueDates.of(List.of(DUE, DUE, DUE.plusDays(10)));

        assertAll(
                () -> assertEquals(0, due.overdueOn(DUE)),
                () -> assertEquals(2, due.overdueOn(DUE.plusDays(1))),
                () -> assertEquals(3, due.overdueOn(DUE.plusDays(11))),
                () -> assertEquals(3, due.count()));
    }

    @Test
    void aCountOfIndexingStandsWhateverTheDay() {
        DueDates old = DueDates.countedWhenIndexed(2);

        assertAll(
                () -> assertEquals(2, old.overdueOn(DUE.minusYears(5))),
                () -> assertEquals(2, old.overdueOn(DUE.plusYears(5))));
    }

    @Test
    void refusesCountsThatCannotBe() {
        TreeMap<LocalDate, Integer> zero = new TreeMap<>();
        zero.put(DUE, 0);
        TreeMap<LocalDate, Integer> one = new TreeMap<>();
        one.put(DUE, 1);

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new DueDates(zero, null)),
                () -> assertThrows(IllegalArgumentException.class, () -> new DueDates(one, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> DueDates.countedWhenIndexed(-1)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new CountermeasureCounts(1, 1, 0, 0, DueDates.of(List.of(DUE, DUE)))));
    }
}

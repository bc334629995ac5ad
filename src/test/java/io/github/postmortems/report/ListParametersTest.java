package io.github.postmortems.report;

import io.github.postmortems.postmortem.PostmortemStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ListParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ListQuery parse(Map<String, String> parameters) {
        return ListParameters.parse(parameters, "OPS", TODAY, BERLIN);
    }

    @Test
    void listsThisSpaceLatestFirstWithEveryColumnByDefault() {
        ListQuery query = parse(Map.of());
        assertEquals(Set.of("OPS"), query.selection().spaceKeys());
        assertEquals(Sort.START_DESC, query.selection().sort());
        assertEquals(25, query.maxRows());
        assertEquals(ListColumn.DEFAULT, query.columns());
        assertEquals(List.of(), query.warnings());
    }

    @Test
    void readsAllSpacesListsSeverityStatusesSortRowsAndColumns() {
        ListQuery query = parse(Map.of("spaces", "@all", "labels", "db, network", "minSeverity", "sev2",
                "status", "draft,in review", "sort", "ttr", "max", "10", "columns", "title, overdue"));
        assertEquals(Set.of(), query.selection().spaceKeys());
        assertEquals(Set.of("db", "network"), query.selection().labels());
        assertEquals(2, query.selection().minimumSeverityRank());
        assertEquals(Set.of(PostmortemStatus.DRAFT, PostmortemStatus.IN_REVIEW), query.selection().statuses());
        assertEquals(Sort.TIME_TO_RESOLVE, query.selection().sort());
        assertEquals(10, query.maxRows());
        assertEquals(List.of(ListColumn.TITLE, ListColumn.OVERDUE), query.columns());
    }

    @Test
    void readsTheFollowUpFilterAsDaysAheadAndTheFollowUpColumnOnlyWhenNamed() {
        assertEquals(TODAY, parse(Map.of("followUpDue", "0")).selection().followUpDueBy());
        assertEquals(TODAY.plusDays(14), parse(Map.of("followUpDue", "14")).selection().followUpDueBy());
        assertEquals(null, parse(Map.of()).selection().followUpDueBy());
        assertEquals(false, ListColumn.DEFAULT.contains(ListColumn.FOLLOWUP));
        assertEquals(List.of(ListColumn.TITLE, ListColumn.FOLLOWUP),
                parse(Map.of("columns", "title,followup")).columns());
        for (String bad : List.of("-1", "soon", "367", "99999999999")) {
            ListQuery query = parse(Map.of("followUpDue", bad));
            assertEquals(null, query.selection().followUpDueBy(), bad);
            assertEquals(List.of(new ListWarning(ListParameters.INVALID, "followUpDue", bad)), query.warnings(), bad);
        }
    }

    @Test
    void readsRelativeAndIsoDatesInTheViewersZoneWithAnInclusiveEnd() {
        ListQuery query = parse(Map.of("from", "-90d", "to", "2026-11-01"));
        assertEquals(Instant.parse("2026-08-22T22:00:00Z"), query.selection().startFrom());
        assertEquals(Instant.parse("2026-11-01T23:00:00Z"), query.selection().startBefore());
        assertEquals(TODAY.minusWeeks(12).atStartOfDay(BERLIN).toInstant(),
                parse(Map.of("from", "-12w")).selection().startFrom());
        assertEquals(TODAY.minusMonths(6).atStartOfDay(BERLIN).toInstant(),
                parse(Map.of("from", "-6m")).selection().startFrom());
    }

    @Test
    void warnsAboutEveryValueItCannotUseAndFallsBackToItsDefault() {
        ListQuery query = parse(Map.of("minSeverity", "SEV9", "status", "closed", "from", "yesterday",
                "sort", "colour", "max", "-3", "columns", "title,owner", "spaces", "OPS;DROP"));
        assertEquals(List.of("spaces", "minSeverity", "status", "from", "sort", "max", "columns"),
                query.warnings().stream().map(ListWarning::parameter).toList());
        assertEquals("SEV9", query.warnings().get(1).value());
        assertNull(query.selection().minimumSeverityRank());
        assertEquals(Set.of(), query.selection().statuses());
        assertNull(query.selection().startFrom());
        assertEquals(Sort.START_DESC, query.selection().sort());
        assertEquals(25, query.maxRows());
        assertEquals(List.of(ListColumn.TITLE), query.columns());
        assertEquals(Set.of("OPS"), query.selection().spaceKeys());
    }

    @Test
    void extremeDatesAreWarnedAboutAndIgnoredInsteadOfOverflowing() {
        for (String extreme : List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31x", "-9999y", "0001-01-01",
                "+10000-01-01")) {
            ListQuery query = parse(Map.of("from", extreme, "to", extreme));
            assertEquals(null, query.selection().startFrom(), extreme);
            assertEquals(null, query.selection().startBefore(), extreme);
            assertEquals(2, query.warnings().size(), extreme + ": " + query.warnings());
        }
        ListQuery lastDay = parse(Map.of("to", "9999-12-31"));
        assertEquals(Instant.parse("9999-12-31T23:00:00Z"), lastDay.selection().startBefore());
        lastDay.selection().startBefore().toEpochMilli();
    }
}

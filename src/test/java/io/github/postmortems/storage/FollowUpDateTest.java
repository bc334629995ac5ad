package io.github.postmortems.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up review day in "Review and follow-up", as the template asks for it and as people write it. */
class FollowUpDateTest {

    private static final Optional<LocalDate> NOV_15 = Optional.of(LocalDate.of(2026, 11, 15));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Follow-up review:", "Nachpr\u00fcfung:", "Revue de suivi :", "Follow-up", "Revisit on"})
    void theTemplatesLabelInEveryLanguageWithADatePickersDate(String label) {
        String page = "<h2>Review and follow-up</h2><ul><li><strong>Reviewed and approved by:</strong> "
                + "<ac:link><ri:user ri:userkey=\"k1\" /></ac:link></li><li><strong>" + label
                + "</strong> <time datetime=\"2026-11-15\" /></li></ul>";

        assertEquals(NOV_15, FollowUpDate.in(page));
    }

    @Test
    void aDateTypedAsTextInAParagraphReadsToo() {
        assertEquals(NOV_15, FollowUpDate.in("<p><strong>Follow-up review:</strong> 15 November 2026</p>"));
        assertEquals(NOV_15, FollowUpDate.in("<p><strong>Nachpr\u00fcfung:</strong> 15. November 2026</p>"));
    }

    @Test
    void theTemplatesUntouchedHintOrNoLabelOrNoDateIsNoFollowUp() {
        assertEquals(Optional.empty(), FollowUpDate.in("<li><strong>Follow-up review:</strong> <ac:placeholder>When"
                + " to revisit this postmortem: type // for a date.</ac:placeholder></li>"));
        assertEquals(Optional.empty(), FollowUpDate.in("<p><strong>Summary</strong> <time datetime=\"2026-11-15\" />"
                + "</p>"));
        assertEquals(Optional.empty(), FollowUpDate.in("<li><strong>Follow-up review:</strong> soon</li>"));
        assertEquals(Optional.empty(), FollowUpDate.in("<strong>Follow-up review:"));
        assertEquals(Optional.empty(), FollowUpDate.in(null));
    }

    @Test
    void aPageOfManyLabelsWithoutDatesIsReadInTimeLinearInItsLength() {
        String hostile = "<li><strong>Follow-up</strong> " + "x".repeat(3_000) + "</li>";
        String page = hostile.repeat(2_000) + "<p><strong>" + "<strong".repeat(200_000) + "</p>";
        long start = System.nanoTime();

        Optional<LocalDate> read = FollowUpDate.in(page);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Optional.empty(), read);
        assertTrue(millis < 3_000, millis + " ms");
    }
}

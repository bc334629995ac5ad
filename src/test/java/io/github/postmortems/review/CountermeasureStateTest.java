package io.github.postmortems.review;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.countermeasure.Priority;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountermeasureStateTest {

    private static final LocalDate NOV_12 = LocalDate.of(2026, 11, 12);
    private static final UserRef KIM = new UserRef.ByKey("k-kim");
    private static final Countermeasure UNTRACKED = Countermeasure.parsed(1, "Alert on replica lag", null, null,
            null, null, null);
    private static final Countermeasure TRACKED = UNTRACKED.trackedBy(IssueKey.parse("OPS-7").orElseThrow());
    private static final Optional<Verification> WORKS = Optional.of(new Verification(Verification.Kind.VERIFIED,
            NOV_12, KIM, "Lag alert fired in the November game day"));
    private static final Optional<Verification> DECLINED = Optional.of(new Verification(Verification.Kind.WONT_DO,
            NOV_12, KIM, "Replaced by the managed database"));

    @Test
    void followsTheWorkFromProposedToVerified() {
        assertEquals(CountermeasureState.PROPOSED, CountermeasureState.of(UNTRACKED, Optional.empty(), Optional.empty()));
        assertEquals(CountermeasureState.DONE, CountermeasureState.of(UNTRACKED.asTicked(), Optional.empty(),
                Optional.empty()), "ticked on the page, nothing tracks it");
        assertEquals(CountermeasureState.COMMITTED, CountermeasureState.of(TRACKED, Optional.empty(), Optional.empty()));
        assertEquals(CountermeasureState.COMMITTED, CountermeasureState.of(TRACKED.asTicked(), Optional.of(false),
                Optional.empty()), "Jira decides once an issue tracks it");
        assertEquals(CountermeasureState.DONE, CountermeasureState.of(TRACKED, Optional.of(true), Optional.empty()));
        assertEquals(CountermeasureState.VERIFIED, CountermeasureState.of(TRACKED, Optional.of(true), WORKS));
        assertTrue(CountermeasureState.VERIFIED.settled());
    }

    @Test
    void wontDoStandsAndAVerificationOfReopenedWorkIsAskedAgain() {
        assertEquals(CountermeasureState.WONT_DO, CountermeasureState.of(TRACKED, Optional.of(true), DECLINED));
        CountermeasureState reopened = CountermeasureState.of(TRACKED, Optional.of(false), WORKS);
        assertEquals(CountermeasureState.COMMITTED, reopened);
        assertTrue(CountermeasureState.verificationStale(reopened, WORKS));
        assertFalse(CountermeasureState.verificationStale(CountermeasureState.VERIFIED, WORKS));
        assertTrue(CountermeasureState.DONE.mayVerify());
        assertFalse(CountermeasureState.COMMITTED.mayVerify());
        assertTrue(CountermeasureState.COMMITTED.mayDecline());
        assertFalse(CountermeasureState.DONE.mayDecline());
    }

    @Test
    void aVerificationSaysWhy() {
        assertThrows(IllegalArgumentException.class, () -> new Verification(Verification.Kind.WONT_DO, NOV_12, KIM,
                " "));
        assertThrows(IllegalArgumentException.class, () -> new Verification(Verification.Kind.VERIFIED, NOV_12, KIM,
                "x".repeat(Verification.MAX_NOTE + 1)));
    }

    @Test
    void theSloGivesDefaultDueDatesAndJudgesClosing() {
        SloPolicy policy = SloPolicy.defaults();
        Priority p1 = Priority.parse("P1").orElseThrow();
        Priority p4 = Priority.parse("P4").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), policy.defaultDue(p1, NOV_12), "four weeks");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 7)), policy.defaultDue(p4, NOV_12), "eight weeks");
        assertEquals(Optional.of(true), policy.closedWithin(p1, NOV_12, LocalDate.of(2026, 12, 10)));
        assertEquals(Optional.of(false), policy.closedWithin(p1, NOV_12, LocalDate.of(2026, 12, 11)));
        SloPolicy space = SloPolicy.forSpace(Optional.of(new SloPolicy(Map.of("P1", Period.ofWeeks(1)))));
        assertEquals(Optional.empty(), space.defaultDue(p4, NOV_12), "a priority the space gives no SLO has none");
        assertThrows(IllegalArgumentException.class, () -> new SloPolicy(Map.of("P1", Period.ofDays(0))));
        assertThrows(IllegalArgumentException.class, () -> new SloPolicy(Map.of("P1", Period.ofYears(2))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void everyStateDecisionAndRefusalIsWordedInEveryBundledLanguage(String language) {
        BundleMessages messages = BundleMessages.of(language);
        for (CountermeasureState state : CountermeasureState.values()) {
            assertNotEquals(state.i18nKey(), messages.text(state.i18nKey()));
        }
        for (Decision.Kind kind : Decision.Kind.values()) {
            assertNotEquals(kind.i18nKey(), messages.text(kind.i18nKey()));
        }
        for (ReviewOutcome.Refusal refusal : ReviewOutcome.Refusal.values()) {
            assertNotEquals(refusal.i18nKey(), messages.text(refusal.i18nKey()));
        }
    }
}

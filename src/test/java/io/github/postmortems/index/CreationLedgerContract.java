package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.index.testing.Race;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.CreationLedger.Claim;
import io.github.postmortems.jira.CreationLedger.Creation;
import io.github.postmortems.jira.CreationLedger.State;
import io.github.postmortems.jira.RowRef;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AoCreationLedger} on a real database; one subclass per database. */
abstract class CreationLedgerContract {

    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00.250Z");
    private static final RowRef ROW = new RowRef(42, "abcd1234");
    private static final IssueKey OPS_7 = IssueKey.parse("OPS-7").orElseThrow();

    private ActiveObjects ao;
    private AoCreationLedger ledger;

    abstract TestDatabase database();

    @BeforeEach
    void emptyLedger() {
        ao = database().emptied();
        ledger = new AoCreationLedger(ao);
    }

    @Test
    void grantsTheFirstClaimOfARowAsAttemptOne() {
        assertEquals(new Claim.Granted(1), ledger.claim(ROW, T0));
        assertEquals(Optional.of(new Creation(ROW, State.CLAIMED, null, 1, null, T0)), ledger.of(ROW));
    }

    @Test
    void answersUncertainSinceTheOpenClaimWhenTheRowIsClaimedAgain() {
        ledger.claim(ROW, T0);

        assertEquals(new Claim.Uncertain(T0, 1), ledger.claim(ROW, T0.plusSeconds(30)));
        assertEquals(1, ledger.of(ROW).orElseThrow().attempts());
    }

    @Test
    void grantsTheNextAttemptAfterACleanFailure() {
        ledger.claim(ROW, T0);
        ledger.failed(ROW, 1, "Jira answered 400: project does not exist", T0.plusSeconds(1));

        assertEquals(Optional.of(new Creation(ROW, State.FAILED, null, 1,
                "Jira answered 400: project does not exist", T0.plusSeconds(1))), ledger.of(ROW));
        assertEquals(new Claim.Granted(2), ledger.claim(ROW, T0.plusSeconds(60)));
        assertEquals(State.CLAIMED, ledger.of(ROW).orElseThrow().state());
        ledger.failed(ROW, 2, "again", T0.plusSeconds(61));
        assertEquals(new Claim.Granted(3), ledger.claim(ROW, T0.plusSeconds(120)));
    }

    @Test
    void answersDoneWithTheKeyOnceTheIssueExists() {
        ledger.claim(ROW, T0);
        ledger.created(ROW, OPS_7, T0.plusSeconds(2));

        assertAll(
                () -> assertEquals(new Claim.Done(OPS_7), ledger.claim(ROW, T0.plusSeconds(60))),
                () -> assertEquals(Optional.of(new Creation(ROW, State.CREATED, OPS_7, 1, null, T0.plusSeconds(2))),
                        ledger.of(ROW)));
    }

    @Test
    void answersDoneAfterTheKeyIsWrittenBackAndThatIsTheEnd() {
        ledger.claim(ROW, T0);
        ledger.created(ROW, OPS_7, T0.plusSeconds(2));
        ledger.writtenBack(ROW, OPS_7, T0.plusSeconds(3));
        ledger.writtenBack(ROW, OPS_7, T0.plusSeconds(4));
        ledger.created(ROW, OPS_7, T0.plusSeconds(5));

        assertAll(
                () -> assertEquals(new Claim.Done(OPS_7), ledger.claim(ROW, T0.plusSeconds(60))),
                () -> assertEquals(Optional.of(new Creation(ROW, State.WRITTEN_BACK, OPS_7, 1, null,
                        T0.plusSeconds(3))), ledger.of(ROW)));
    }

    @Test
    void aFailureReportedAfterTheIssueWasCreatedDoesNotReleaseTheRow() {
        ledger.claim(ROW, T0);
        ledger.created(ROW, OPS_7, T0.plusSeconds(2));

        ledger.failed(ROW, 1, "late timeout", T0.plusSeconds(3));

        assertAll(
                () -> assertEquals(State.CREATED, ledger.of(ROW).orElseThrow().state()),
                () -> assertEquals(new Claim.Done(OPS_7), ledger.claim(ROW, T0.plusSeconds(60))));
    }

    @Test
    void refusesToMarkARowWrittenBackBeforeItsIssueExists() {
        assertThrows(IllegalStateException.class, () -> ledger.writtenBack(ROW, OPS_7, T0));
        ledger.claim(ROW, T0);
        assertThrows(IllegalStateException.class, () -> ledger.writtenBack(ROW, OPS_7, T0));
        assertEquals(State.CLAIMED, ledger.of(ROW).orElseThrow().state());
    }

    @Test
    void knowsNothingOfARowNeverClaimed() {
        assertEquals(Optional.empty(), ledger.of(ROW));
    }

    @Test
    void listsTheOpenAndNotYetWrittenBackRowsOfOnePage() {
        RowRef open = new RowRef(42, "open0001");
        RowRef created = new RowRef(42, "made0002");
        RowRef failed = new RowRef(42, "fail0003");
        RowRef done = new RowRef(42, "done0004");
        RowRef otherPage = new RowRef(43, "open0001");
        for (RowRef row : List.of(open, created, failed, done, otherPage)) {
            ledger.claim(row, T0);
        }
        ledger.created(created, OPS_7, T0);
        ledger.failed(failed, 1, "no", T0);
        ledger.created(done, IssueKey.parse("OPS-8").orElseThrow(), T0);
        ledger.writtenBack(done, IssueKey.parse("OPS-8").orElseThrow(), T0);

        assertEquals(List.of(new Creation(open, State.CLAIMED, null, 1, null, T0),
                        new Creation(created, State.CREATED, OPS_7, 1, null, T0)),
                ledger.unfinished(42));
    }

    @Test
    void cutsAFailureReasonLongerThanTheColumnInsteadOfFailing() {
        ledger.claim(ROW, T0);

        ledger.failed(ROW, 1, "{\"errorMessages\":[\"x\"]} ".repeat(200), T0);

        String stored = ledger.of(ROW).orElseThrow().lastError();
        assertAll(
                () -> assertEquals(450, stored.length()),
                () -> assertTrue(stored.endsWith("…"), stored));
    }

    @Test
    void grantsExactlyOneOfTwoClaimsThatBothFoundTheRowFree() throws Exception {
        List<Claim> claims = raceTwoClaims(ROW);
        assertOneGrantedOneUncertain(claims);
        assertEquals(1, ledger.of(ROW).orElseThrow().attempts());
    }

    @Test
    void grantsExactlyOneOfTwoRetriesThatBothFoundTheRowFailed() throws Exception {
        ledger.claim(ROW, T0);
        ledger.failed(ROW, 1, "503", T0);

        List<Claim> claims = raceTwoClaims(ROW);

        assertOneGrantedOneUncertain(claims);
        assertEquals(new Creation(ROW, State.CLAIMED, null, 2, "503", T0.plusSeconds(1)), ledger.of(ROW).orElseThrow());
    }

    @Test
    void grantsExactlyOneClaimPerRowWhenTwoPeoplePressAtOnceWithoutAnyPause() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                RowRef row = new RowRef(100 + round, "race" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Claim>> futures = new ArrayList<>();
                for (int person = 0; person < 2; person++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return ledger.claim(row, T0);
                    }));
                }
                start.countDown();
                List<Claim> claims = new ArrayList<>();
                for (Future<Claim> future : futures) {
                    claims.add(future.get(30, TimeUnit.SECONDS));
                }
                assertOneGrantedOneUncertain(claims);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void grantsExactlyOneOfTwoTakeOversThatBothSawTheSameStaleClaim() throws Exception {
        ledger.claim(ROW, T0);

        List<Claim> claims = Race.heldAtFirstWrite(ao, racing -> new AoCreationLedger(racing)
                .takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(400)));

        assertOneGrantedOneUncertain(claims);
        assertEquals(2, ledger.of(ROW).orElseThrow().attempts());
    }

    @Test
    void aFailureFromAClaimThatWasTakenOverReleasesNothing() {
        ledger.claim(ROW, T0);
        assertEquals(new Claim.Granted(2), ledger.takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(400)));

        assertAll(
                () -> assertFalse(ledger.failed(ROW, 1, "the first press gave up late", T0.plusSeconds(401))),
                () -> assertEquals(State.CLAIMED, ledger.of(ROW).orElseThrow().state()),
                () -> assertEquals(new Claim.Uncertain(T0.plusSeconds(400), 2), ledger.claim(ROW, T0.plusSeconds(402))),
                () -> assertTrue(ledger.failed(ROW, 2, "503", T0.plusSeconds(403))));
    }

    @Test
    void aClaimTakenOverCannotBeRenewedSoItsHolderNeverCreates() {
        ledger.claim(ROW, T0);
        ledger.takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(400));

        assertFalse(ledger.renew(ROW, 1, T0.plusSeconds(401)));
        assertTrue(ledger.renew(ROW, 2, T0.plusSeconds(401)));
    }

    @Test
    void aRenewedClaimIsNotStaleUntilFiveMinutesAfterTheRenewal() {
        ledger.claim(ROW, T0);
        assertTrue(ledger.renew(ROW, 1, T0.plusSeconds(350)));

        assertEquals(new Claim.Uncertain(T0.plusSeconds(350), 1),
                ledger.takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(360)));
        assertEquals(1, ledger.of(ROW).orElseThrow().attempts());
    }

    @Test
    void grantsNoTakeOverOfAClaimRenewedBetweenTheReadAndTheWrite() throws Exception {
        ledger.claim(ROW, T0);
        // One caller renews, the other takes over what it read as stale: the database orders them, one loses.
        List<Object> results = Race.<Object>heldAtFirstWrite(ao,
                racing -> new AoCreationLedger(racing).renew(ROW, 1, T0.plusSeconds(350)),
                racing -> new AoCreationLedger(racing).takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(350)));

        boolean renewed = results.contains(true);
        boolean tookOver = results.stream().anyMatch(Claim.Granted.class::isInstance);
        assertTrue(renewed ^ tookOver, "exactly one of renewal and take-over: " + results);
    }

    @Test
    void anIssueThatExistsIsRecordedEvenIfItsClaimWasTakenOverAndTheNewHolderThenCreatesNothing() {
        ledger.claim(ROW, T0);
        ledger.takeOver(ROW, 1, T0.plusSeconds(300), T0.plusSeconds(400));

        assertEquals(OPS_7, ledger.created(ROW, OPS_7, T0.plusSeconds(401)));
        assertFalse(ledger.renew(ROW, 2, T0.plusSeconds(402)));
        assertEquals(OPS_7, ledger.created(ROW, IssueKey.parse("OPS-8").orElseThrow(), T0.plusSeconds(403)),
                "the first key recorded stays the row's key");
    }

    @Test
    void aReleasedIssueStaysOnRecordAndIsNoLongerUnfinished() {
        ledger.claim(ROW, T0);
        ledger.created(ROW, OPS_7, T0.plusSeconds(1));

        assertFalse(ledger.released(ROW, IssueKey.parse("OPS-8").orElseThrow(), T0.plusSeconds(2)));
        assertTrue(ledger.released(ROW, OPS_7, T0.plusSeconds(2)));

        assertAll(
                () -> assertEquals(List.of(), ledger.unfinished(42)),
                () -> assertEquals(List.of(new Creation(ROW, State.RELEASED, OPS_7, 1, null, T0.plusSeconds(2))),
                        ledger.all(42)));
    }

    @Test
    void aForgottenIssueLeavesAFailedAttemptWithoutKeySoTheRowsNextClaimIsGranted() {
        ledger.claim(ROW, T0);
        ledger.created(ROW, OPS_7, T0.plusSeconds(1));
        ledger.writtenBack(ROW, OPS_7, T0.plusSeconds(2));

        assertFalse(ledger.forgotten(ROW, IssueKey.parse("OPS-8").orElseThrow(), "gone", T0.plusSeconds(3)),
                "another key changes nothing");
        assertTrue(ledger.forgotten(ROW, OPS_7, "gone", T0.plusSeconds(3)));

        assertAll(
                () -> assertEquals(Optional.of(new Creation(ROW, State.FAILED, null, 1, "gone", T0.plusSeconds(3))),
                        ledger.of(ROW)),
                () -> assertEquals(new Claim.Granted(2), ledger.claim(ROW, T0.plusSeconds(4))));
    }

    private List<Claim> raceTwoClaims(RowRef row) throws Exception {
        return Race.heldAtFirstWrite(ao, racing -> new AoCreationLedger(racing).claim(row, T0.plusSeconds(1)));
    }

    private static void assertOneGrantedOneUncertain(List<Claim> claims) {
        assertEquals(2, claims.size());
        long granted = claims.stream().filter(Claim.Granted.class::isInstance).count();
        assertEquals(1, granted, "exactly one claim granted: " + claims);
        claims.stream().filter(claim -> !(claim instanceof Claim.Granted))
                .forEach(claim -> assertInstanceOf(Claim.Uncertain.class, claim));
    }
}

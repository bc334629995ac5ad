package io.github.postmortems.index;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.postmortems.automation.IncidentPages.Claim;
import io.github.postmortems.index.testing.Race;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link AoIncidentPages} on a real database; one subclass per database. */
abstract class IncidentPagesContract {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00.250Z");
    private static final Instant STALE_BEFORE = T0.minusSeconds(300);
    private static final IssueKey OPS_42 = IssueKey.parse("OPS-42").orElseThrow();

    private ActiveObjects ao;
    private AoIncidentPages pages;

    abstract TestDatabase database();

    @BeforeEach
    void emptyTable() {
        ao = database().emptied();
        pages = new AoIncidentPages(ao);
    }

    private int rows() {
        return ao.executeInTransaction(() -> ao.find(IncidentPageEntity.class, net.java.ao.Query.select()).length);
    }

    @Test
    void grantsTheFirstClaimAndTellsLaterCallersItIsInProgressThenItsPage() {
        assertEquals(new Claim.Granted(T0), pages.claim("OPS", OPS_42, STALE_BEFORE, T0));
        assertEquals(new Claim.InProgress(T0), pages.claim("OPS", OPS_42, STALE_BEFORE, T0.plusSeconds(1)));

        pages.created("OPS", OPS_42, T0, 4711);

        assertEquals(new Claim.Existing(4711), pages.claim("OPS", OPS_42, STALE_BEFORE, T0.plusSeconds(2)));
        assertEquals(new Claim.Existing(4711), pages.claim("OPS", OPS_42, T0.plusSeconds(3600), T0.plusSeconds(3600)),
                "a page, once recorded, never goes stale");
    }

    @Test
    void keepsOneEntryPerSpaceAndIncident() {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        pages.created("OPS", OPS_42, T0, 4711);

        assertEquals(new Claim.Granted(T0), pages.claim("SRE", OPS_42, STALE_BEFORE, T0), "another space");
        assertEquals(new Claim.Granted(T0), pages.claim("OPS", IssueKey.parse("OPS-43").orElseThrow(),
                STALE_BEFORE, T0), "another incident");
        assertEquals(3, rows());
    }

    @Test
    void aReleasedClaimMayBeClaimedAgain() {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        pages.released("OPS", OPS_42, T0);

        assertEquals(new Claim.Granted(T0.plusSeconds(5)), pages.claim("OPS", OPS_42, STALE_BEFORE,
                T0.plusSeconds(5)));
    }

    @Test
    void releasingAnotherCallersClaimChangesNothing() {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        pages.released("OPS", OPS_42, T0.minusSeconds(1));

        assertEquals(new Claim.InProgress(T0), pages.claim("OPS", OPS_42, STALE_BEFORE, T0.plusSeconds(1)));
    }

    @Test
    void takesOverAClaimThatNeverGotItsPage() {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        Instant later = T0.plusSeconds(600);

        assertEquals(new Claim.Granted(later), pages.claim("OPS", OPS_42, later.minusSeconds(300), later));
        assertThrows(IllegalStateException.class, () -> pages.created("OPS", OPS_42, T0, 1),
                "the caller whose claim was taken over may not record its page");
        pages.created("OPS", OPS_42, later, 2);
        assertEquals(new Claim.Existing(2), pages.claim("OPS", OPS_42, STALE_BEFORE, later));
    }

    @Test
    void replacesAPageThatIsGoneOnlyOnce() {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        pages.created("OPS", OPS_42, T0, 4711);
        Instant later = T0.plusSeconds(60);

        assertEquals(new Claim.Granted(later), pages.replace("OPS", OPS_42, 4711, later));
        assertEquals(new Claim.InProgress(later), pages.replace("OPS", OPS_42, 4711, later.plusSeconds(1)),
                "a second caller that saw the same gone page waits for the new one");
        pages.created("OPS", OPS_42, later, 4712);
        assertEquals(new Claim.Existing(4712), pages.replace("OPS", OPS_42, 4711, later.plusSeconds(2)));
    }

    @Test
    void ofTwoConcurrentFirstClaimsTheDatabaseGrantsOne() throws Exception {
        List<Claim> claims = Race.heldAtFirstWrite(ao,
                held -> new AoIncidentPages(held).claim("OPS", OPS_42, STALE_BEFORE, T0));

        assertEquals(1, claims.stream().filter(Claim.Granted.class::isInstance).count(), claims.toString());
        assertInstanceOf(Claim.InProgress.class, claims.stream().filter(c -> !(c instanceof Claim.Granted))
                .findFirst().orElseThrow());
        assertEquals(1, rows());
    }

    @Test
    void ofTwoConcurrentTakeOversOfAStaleClaimTheDatabaseGrantsOne() throws Exception {
        pages.claim("OPS", OPS_42, STALE_BEFORE, T0);
        Instant later = T0.plusSeconds(600);

        List<Claim> claims = Race.heldAtFirstWrite(ao,
                held -> new AoIncidentPages(held).claim("OPS", OPS_42, later.minusSeconds(300), later));

        assertEquals(1, claims.stream().filter(Claim.Granted.class::isInstance).count(), claims.toString());
        assertEquals(1, rows());
    }
}

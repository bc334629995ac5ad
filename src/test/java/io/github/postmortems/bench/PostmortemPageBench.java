package io.github.postmortems.bench;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.confluence.macro.CountermeasuresMacro;
import io.github.postmortems.confluence.macro.IncidentTimelineMacro;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.confluence.macro.PostmortemDetailsMacro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * Issue 13's page target: a typical postmortem page (details, 50 timeline entries, 20 countermeasures) viewed, that
 * is its three macros rendered through {@code execute()} with one shared context per view as Confluence renders a
 * page, at most twice one bare jsoup parse of the page's storage, measured in the same run: the floor, the view and
 * its three macros on their own are measured interleaved, so the machine's drift slows them alike.
 */
class PostmortemPageBench {

    private static final long SEED = 20261004L;
    private static final Bench.Plan PLAN = new Bench.Plan(3_000, Duration.ofSeconds(6), 3_000);
    /** Calls of each operation per round: a round takes about a tenth of a second. */
    private static final int BATCH = 10;

    private final MacroFixture fixture = MacroFixture.withPlainHosts();
    private final PostmortemDetailsMacro details = fixture.detailsMacro();
    private final IncidentTimelineMacro timeline = fixture.timelineMacro();
    private final CountermeasuresMacro countermeasures = fixture.countermeasuresMacro();

    @Test
    void rendersATypicalPageWithinTwiceOneParseOfIt() {
        LargePostmortem postmortem = LargePostmortem.of(50, 20, SEED);
        String page = postmortem.pageStorage();
        ContentEntityObject entity = new PlainPage(page);
        String detailsBody = MacroFixture.body(page, "postmortem-details");
        String timelineBody = postmortem.timelineViewBody();
        String countermeasuresBody = MacroFixture.body(page, "countermeasures");
        try (SignedIn signedIn = SignedIn.as(mock(ConfluenceUser.class))) {
            View view = () -> {
                OneRender render = new OneRender(entity);
                return details.execute(Map.of(), detailsBody, render)
                        + timeline.execute(Map.of(), timelineBody, render)
                        + countermeasures.execute(Map.of(), countermeasuresBody, render);
            };
            assertSensible(view.render());

            List<Bench.Measurement> measured = Bench.interleaved(PLAN, BATCH, List.of(
                    new Bench.Operation("floor: bare jsoup parse of the page", () -> Jsoup.parse(page)),
                    new Bench.Operation("page view: details, timeline, countermeasures", view::render),
                    new Bench.Operation("  of which: details card",
                            () -> details.execute(Map.of(), detailsBody, new OneRender(entity))),
                    new Bench.Operation("  of which: timeline, 50 entries",
                            () -> timeline.execute(Map.of(), timelineBody, new OneRender(entity))),
                    new Bench.Operation("  of which: countermeasures, 20 rows",
                            () -> countermeasures.execute(Map.of(), countermeasuresBody, new OneRender(entity)))));
            Bench.Measurement floor = measured.get(0);
            Bench.Measurement whole = measured.get(1);
            Bench.Measurement card = measured.get(2);
            Bench.Measurement entries = measured.get(3);
            Bench.Measurement board = measured.get(4);

            new BenchTable("postmortem-page", "Issue 13: a typical postmortem page against one parse of it")
                    .add(floor)
                    .add(whole, floor, BenchTable.Target.timesReference(2.0))
                    .add(card, floor)
                    .add(entries, floor)
                    .add(board, floor)
                    .report();
        }
    }

    /** One view of the page: its three macros in page order, sharing one render's context. */
    private interface View {
        String render();
    }

    /** The page is what it claims to be: a card, 50 entries with the details' milestones, 20 rows, no failure box. */
    private static void assertSensible(String rendered) {
        assertFalse(rendered.contains("pm-failure"), "a macro fell into its failure box");
        assertTrue(rendered.contains("Checkout outage after database failover"), "the card has its title");
        assertEquals(50, count(rendered, "pm-timeline__item--event"), "every entry is shown");
        assertEquals(6, count(rendered, "pm-timeline__item--milestone"), "the details' milestones are merged in");
        assertTrue(rendered.contains("Document the manual failover in the runbook (20)"), "every countermeasure");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}

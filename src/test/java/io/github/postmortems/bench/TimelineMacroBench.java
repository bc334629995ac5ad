package io.github.postmortems.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.github.postmortems.confluence.macro.IncidentTimelineMacro;
import io.github.postmortems.confluence.macro.MacroFixture;
import io.github.postmortems.confluence.macro.PostmortemDetailsMacro;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's timeline targets: the incident-timeline macro, end to end through {@link IncidentTimelineMacro#execute}
 * (the page's details, the body, the story, the view, the Velocity template with the host's escaping), against its
 * floor measured in the same run: one bare jsoup parse of the same body, the least work that could read the table at
 * all. At 1,000 entries at most 1.5 times the floor, at 50 entries at most 2 times. The details card is measured
 * beside them, on the same full page, for information. The operations of each size are measured interleaved, so the
 * machine's drift slows the floor and the macro alike.
 */
class TimelineMacroBench {

    private static final long SEED = 20261004L;

    private static final Bench.Plan LARGE = new Bench.Plan(200, Duration.ofSeconds(8), 400);
    private static final Bench.Plan SMALL = new Bench.Plan(3_000, Duration.ofSeconds(5), 3_000);
    /** Calls of each operation per round: a round of each size takes about a tenth of a second. */
    private static final int LARGE_BATCH = 1;
    private static final int SMALL_BATCH = 20;

    private final MacroFixture fixture = MacroFixture.withPlainHosts();
    private final IncidentTimelineMacro timeline = fixture.timelineMacro();
    private final PostmortemDetailsMacro details = fixture.detailsMacro();
    private final StorageReader reader = new StorageReader();

    @Test
    void rendersTheTimelineWithinItsRatiosToABareParseOfItsBody() {
        Sample large = Sample.of(1_000);
        Sample small = Sample.of(50);
        large.assertSensible(timeline.execute(Map.of(), large.body(), large.context()));
        small.assertSensible(timeline.execute(Map.of(), small.body(), small.context()));
        String detailsBody = MacroFixture.body(large.page(), "postmortem-details");
        String card = details.execute(Map.of(), detailsBody, large.context());
        assertTrue(card.contains("Checkout outage after database failover"), card);
        assertFalse(card.contains("pm-failure"), card);

        ReadingContext berlin = ReadingContext.inZone(ZoneId.of("Europe/Berlin"));
        List<Bench.Measurement> thousand = Bench.interleaved(LARGE, LARGE_BATCH, List.of(
                new Bench.Operation("floor: bare jsoup parse of the body, 1,000 entries",
                        () -> Jsoup.parse(large.body())),
                new Bench.Operation("timeline, 1,000 entries: execute()",
                        () -> timeline.execute(Map.of(), large.body(), large.freshContext())),
                new Bench.Operation("  of which: read body only, 1,000 entries",
                        () -> reader.readTimeline(large.body(), berlin))));
        Bench.Measurement largeFloor = thousand.get(0);
        Bench.Measurement largeMacro = thousand.get(1);
        Bench.Measurement read = thousand.get(2);
        List<Bench.Measurement> fifty = Bench.interleaved(SMALL, SMALL_BATCH, List.of(
                new Bench.Operation("floor: bare jsoup parse of the body, 50 entries",
                        () -> Jsoup.parse(small.body())),
                new Bench.Operation("timeline, 50 entries: execute()",
                        () -> timeline.execute(Map.of(), small.body(), small.freshContext())),
                new Bench.Operation("details card, full page: execute()",
                        () -> details.execute(Map.of(), detailsBody, large.freshContext()))));
        Bench.Measurement smallFloor = fifty.get(0);
        Bench.Measurement smallMacro = fifty.get(1);
        Bench.Measurement cardRender = fifty.get(2);

        new BenchTable("timeline-macro", "Issue 13: incident timeline against a bare parse of its body")
                .add(largeFloor)
                .add(largeMacro, largeFloor, BenchTable.Target.timesReference(1.5))
                .add(read, largeFloor)
                .add(smallFloor)
                .add(smallMacro, smallFloor, BenchTable.Target.timesReference(2.0))
                .add(cardRender)
                .report();
    }

    /** A generated incident of {@code entries} entries, its timeline body as Confluence hands it, and its page. */
    private record Sample(int entries, String body, String page, ConversionContext context) {

        static Sample of(int entries) {
            LargePostmortem postmortem = LargePostmortem.of(entries, SEED);
            String page = postmortem.pageStorage();
            return new Sample(entries, postmortem.timelineViewBody(), page, new OneRender(new PlainPage(page)));
        }

        /** Each view is a render of its own: nothing a previous view kept in its context is reused. */
        ConversionContext freshContext() {
            return new OneRender(context.getEntity());
        }

        /** The sample is what it claims to be: every entry shown, the details' milestones in, no failure box. */
        void assertSensible(String rendered) {
            assertFalse(rendered.contains("pm-failure"), "the macro fell into its failure box");
            assertEquals(entries, count(rendered, "pm-timeline__item--event"), "every entry is shown");
            assertEquals(6, count(rendered, "pm-timeline__item--milestone"), "the details' milestones are merged in");
            assertTrue(rendered.contains("<code>payments-api</code>") || rendered.contains("<code>checkout</code>"),
                    "rich text is kept");
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}

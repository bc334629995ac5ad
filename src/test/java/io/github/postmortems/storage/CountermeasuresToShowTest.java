package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.Countermeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The board's reading without positions gives the same countermeasures and warnings as the writers' reading. */
class CountermeasuresToShowTest {

    private static final ReadingContext UTC = ReadingContext.inZone(ZoneOffset.UTC);
    private final StorageReader reader = new StorageReader();

    /** Every sample as a body (its first table is read), and its countermeasures macro alone where it has one. */
    static List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        for (String name : Samples.names()) {
            String markup = Samples.read(name);
            bodies.add(markup);
            MacroSlice.of(markup, MacroNames.COUNTERMEASURES).ifPresent(bodies::add);
        }
        return bodies;
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void readsEverySampleAsTheTrackedReadingDoes(String body) {
        assertSameReading(body);
    }

    @ParameterizedTest
    @EnumSource(Adversarial.class)
    void readsHostileBodiesAsTheTrackedReadingDoes(Adversarial kind) {
        assertSameReading(kind.countermeasuresBody(200));
    }

    @Test
    void readsBrokenNestingTasksAndEntitiesAsTheTrackedReadingDoes() {
        List<String> bodies = List.of(
                "<table><tr><td>Cap retries<td>Anna</tr><tr><td>Page &amp; alert &nbsp;<td>Bo</table>",
                "<table><tbody><tr><th>Countermeasure</th><th>Jira</th></tr><tr><td><ac:task-list><ac:task>"
                        + "<ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Cap"
                        + " <ac:link><ri:user ri:userkey=\"u1\" /></ac:link> <time datetime=\"2026-12-01\" />"
                        + "</ac:task-body></ac:task></ac:task-list></td><td>OPS-9</td></tr></tbody></table>"
                        + "<ac:task-list><ac:task><ac:task-body>Outside</ac:task-body></ac:task></ac:task-list>",
                "<ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Only tasks"
                        + "</ac:task-body></ac:task></ac:task-list>",
                "<p>no table here</p>",
                "");
        bodies.forEach(this::assertSameReading);
    }

    @Test
    void leavesOutTheSpansOnlyWritersNeed() {
        String body = "<table><tr><th>Countermeasure</th><th>Jira</th></tr><tr><td>Cap</td><td>OPS-1</td></tr></table>";

        CountermeasureRow tracked = reader.readCountermeasures(body, UTC).rows().get(0);
        CountermeasureRow shown = reader.readCountermeasuresToShow(body, UTC).rows().get(0);

        assertTrue(tracked.jiraCellSpanIfKnown().isPresent(), "the writers' reading knows where the key goes");
        assertEquals(Optional.empty(), shown.jiraCellSpanIfKnown());
        assertEquals(Optional.empty(), shown.rowSpanIfKnown());
    }

    private void assertSameReading(String body) {
        TableReading<CountermeasureRow> tracked = reader.readCountermeasures(body, UTC);
        TableReading<CountermeasureRow> shown = reader.readCountermeasuresToShow(body, UTC);
        assertEquals(countermeasures(tracked), countermeasures(shown));
        assertEquals(tracked.warnings(), shown.warnings());
    }

    private static List<Countermeasure> countermeasures(TableReading<CountermeasureRow> reading) {
        return reading.rows().stream().map(CountermeasureRow::countermeasure).toList();
    }

    @Test
    void readsSomeCountermeasuresFromTheSamples() {
        // Guards the comparison above against comparing empty readings only.
        assertFalse(bodies().stream().allMatch(body -> reader.readCountermeasures(body, UTC).rows().isEmpty()));
    }
}

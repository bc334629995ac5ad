package io.github.postmortems.confluence.macro;

import io.github.postmortems.confluence.support.VelocityTemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The countermeasures table's rows written in Java read exactly as the template wrote them, escaping included:
 * thousands of random rows (links and plain owners, Jira's differences with and without their buttons, statuses,
 * drafted marks, gone issues, states with and without their buttons), on screen and in static output, with markup
 * characters, quotes and non-Latin text in every value, against the loop the template had.
 */
class CountermeasureRowsHtmlTest {

    private static final String TEMPLATE = "templates/test/countermeasure-rows-as-template.vm";
    private static final String[] TEXTS = {"", "Make the pool reconnect after failover", "<img src=x onerror=alert(1)>",
        "R&D", "&lt;already&gt;", "\"quoted\" and 'single'", "Überprüfen", "再试一次", "→ Jira: Kim Wong",
        "synced 3 h ago", "line\nbreak", "$board.summary() #if(x)"};
    private static final String[] URLS = {"", "/rest/postmortems/1.0/pages/42/rows/r-1/owner?from=jira&x=1",
        "https://jira.example.com/browse/OPS-1", "javascript:alert('x')\""};

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    void writesTheRowsAsTheTemplateDid() {
        Random random = new Random(20261130L);
        for (int board = 0; board < 300; board++) {
            List<CountermeasureLine> lines = new ArrayList<>();
            int count = random.nextInt(10);
            for (int i = 0; i < count; i++) {
                lines.add(line(random, i));
            }
            for (Styles styles : List.of(Styles.SCREEN, Styles.STATIC)) {
                Map<String, Object> model = Map.of("board", board(lines, styles));
                assertEquals(renderer.render(TEMPLATE, model), CountermeasureRowsHtml.of(lines, styles));
            }
        }
    }

    @Test
    void escapesEveryValue() {
        CountermeasureLine line = new CountermeasureLine(1, "r\"1", "<text>", new Link("<owner>", "", "", "pm"),
                new Link("<due>", "", "&hint", "pm-due-overdue"), "<p1>", "<type>",
                new Link("OPS-1", "https://x/?a=1&b=2", "'h'", ""), List.of(new Lozenge("<done>", "success", "", "")),
                "<synced>", "<diff>", "", "pm-row", CountermeasureLine.Actions.NONE, List.of(), CountermeasureLine.State.NONE);
        String html = CountermeasureRowsHtml.of(List.of(line), Styles.SCREEN);
        for (String escaped : List.of("data-row-id=\"r&quot;1\"", "&lt;text&gt;", "&lt;owner&gt;", "&lt;due&gt;",
                "title=\"&amp;hint\"", "&lt;p1&gt;", "&lt;type&gt;", "href=\"https://x/?a=1&amp;b=2\"",
                "title=\"&#39;h&#39;\"", "&lt;done&gt;", "&lt;synced&gt;", "&lt;diff&gt;")) {
            assertTrue(html.contains(escaped), () -> "missing " + escaped + " in " + html);
        }
        for (String raw : List.of("<text>", "<owner>", "<due>", "<p1>", "<type>", "<done>", "<synced>", "<diff>")) {
            assertFalse(html.contains(raw), () -> "unescaped " + raw + " in " + html);
        }
    }

    private static CountermeasureBoard board(List<CountermeasureLine> lines, Styles styles) {
        return new CountermeasureBoard("", "", "", List.of(), lines, List.of(), "", "", "", "", styles, "", "", "",
                null, List.of(), null, null, "", "", null);
    }

    private static CountermeasureLine line(Random random, int row) {
        CountermeasureLine.Actions actions = random.nextBoolean() ? CountermeasureLine.Actions.NONE
                : new CountermeasureLine.Actions(pick(random, URLS), pick(random, URLS), pick(random, URLS),
                        pick(random, URLS), pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS),
                        pick(random, TEXTS));
        CountermeasureLine.State state = random.nextInt(3) == 0 ? CountermeasureLine.State.NONE
                : new CountermeasureLine.State(lozenge(random), pick(random, TEXTS), pick(random, TEXTS),
                        pick(random, URLS), pick(random, URLS), pick(random, TEXTS), pick(random, TEXTS));
        List<Lozenge> status = random.nextBoolean() ? List.of() : List.of(lozenge(random));
        List<Lozenge> marks = random.nextInt(4) == 0 ? List.of(lozenge(random)) : List.of();
        return new CountermeasureLine(row, pick(random, TEXTS), pick(random, TEXTS), link(random), link(random),
                pick(random, TEXTS), pick(random, TEXTS), link(random), status, pick(random, TEXTS),
                random.nextBoolean() ? "" : pick(random, TEXTS), random.nextBoolean() ? "" : pick(random, TEXTS),
                pick(random, new String[] {"", "pm-cm pm-cm--done", "<x\">"}), actions, marks, state);
    }

    private static Link link(Random random) {
        return new Link(pick(random, TEXTS), pick(random, URLS), pick(random, TEXTS),
                pick(random, new String[] {"", "pm-not-set", "pm-due-overdue"}));
    }

    private static Lozenge lozenge(Random random) {
        return new Lozenge(pick(random, TEXTS), pick(random, new String[] {"", "success", "current"}),
                pick(random, TEXTS), pick(random, new String[] {"", "display:inline-block;color:#42526E;"}));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

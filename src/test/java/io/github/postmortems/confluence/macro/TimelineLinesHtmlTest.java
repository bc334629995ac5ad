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
 * The timeline's lines written in Java read exactly as the template wrote them, escaping included: thousands of
 * random lines, with markup characters, quotes, ampersands that look like entities, non-Latin text and empty values,
 * on screen and in static output, against the loop the template had, rendered with the host's escaping rules.
 */
class TimelineLinesHtmlTest {

    private static final String TEMPLATE = "templates/test/timeline-lines-as-template.vm";
    private static final String[] TEXTS = {"", "Checkout errors at 5%", "<script>alert('x')</script>", "a & b",
        "&amp; already", "\"quoted\" and 'single'", "Überwachung: Fehlerrate > 5 %", "故障转移", "+12 min",
        "14:05 (UTC+01:00 in Europe/Berlin)", "tab\there", "line\nbreak", "emoji 🚨", "`code` ${x} #if($y)"};
    private static final String[] RICH = {"", "<p>DB <strong>failover</strong> started</p>",
        "<a href=\"https://status.example.com/?a=1&amp;b=2\">status</a>", "<code>SELECT 1</code> &amp; more"};
    private static final String[] HREFS = {"", "https://grafana.example.com/d/abc?from=1&to=2",
        "/wiki/download/attachments/1/x.png", "javascript:alert(1)\"'"};

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    void writesTheLinesAsTheTemplateDid() {
        Random random = new Random(20261130L);
        for (int view = 0; view < 400; view++) {
            List<TimelineLine> lines = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                lines.add(line(random));
            }
            for (Styles styles : List.of(Styles.SCREEN, Styles.STATIC)) {
                TimelineView timeline = new TimelineView(lines, List.of(), List.of(), "", false, styles);
                String template = renderer.render(TEMPLATE, Map.of("timeline", timeline));
                assertEquals(template, timeline.linesHtml() + "\n");
            }
        }
    }

    @Test
    void escapesEveryValueButTheCleanedRichText() {
        TimelineLine line = new TimelineLine("event", "<day>", new Link("<t>", "", "\"hint\"", ""), "'dt'", "&",
                "<kind>", "pm-kind-detect", "<p>kept</p>", "unused", new Link("<ev>", "https://x/?a=1&b=\"2\"", "'h'", ""),
                "<warn>", List.of(new Lozenge("<from>", "", "&hint", "")));
        String html = new TimelineView(List.of(line), List.of(), List.of(), "", false, Styles.SCREEN).linesHtml();
        for (String escaped : List.of("&lt;day&gt;", "&lt;t&gt;", "&quot;hint&quot;", "&#39;dt&#39;", "&amp;</span>",
                "&lt;kind&gt;", "<p>kept</p>", "href=\"https://x/?a=1&amp;b=&quot;2&quot;\"", "&lt;ev&gt;",
                "&lt;warn&gt;", "&lt;from&gt;", "title=\"&amp;hint\"")) {
            assertTrue(html.contains(escaped), () -> "missing " + escaped + " in " + html);
        }
        for (String raw : List.of("<day>", "<kind>", "<warn>", "unused")) {
            assertFalse(html.contains(raw), () -> "unescaped " + raw + " in " + html);
        }
    }

    private static TimelineLine line(Random random) {
        String type = pick(random, new String[] {"event", "milestone", "silence", "unreadable"});
        Link time = new Link(pick(random, TEXTS), "", pick(random, TEXTS), "");
        Link evidence = random.nextInt(3) == 0 ? Link.text("")
                : new Link(pick(random, TEXTS), pick(random, HREFS), pick(random, TEXTS), "");
        List<Lozenge> marks = random.nextInt(4) == 0
                ? List.of(new Lozenge(pick(random, TEXTS), pick(random, new String[] {"", "moved"}), pick(random, TEXTS),
                        pick(random, new String[] {"", "display:inline-block;color:#42526E;"})))
                : List.of();
        return new TimelineLine(type, random.nextBoolean() ? "" : pick(random, TEXTS), time, pick(random, TEXTS),
                pick(random, TEXTS), pick(random, TEXTS), pick(random, new String[] {"", "pm-kind-detect", "<x\">"}),
                pick(random, RICH), pick(random, TEXTS), evidence, random.nextInt(3) == 0 ? pick(random, TEXTS) : "",
                marks);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

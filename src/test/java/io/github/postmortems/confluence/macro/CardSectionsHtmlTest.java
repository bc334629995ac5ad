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
 * The details card's sections written in Java read exactly as the template wrote them, escaping included: random
 * sections of rows with linked and plain values, markup characters, quotes and non-Latin text in every value, on
 * screen and in static output, against the loop the template had.
 */
class CardSectionsHtmlTest {

    private static final String TEMPLATE = "templates/test/card-sections-as-template.vm";
    private static final String[] TEXTS = {"", "Checkout outage after database failover", "<b>bold</b>", "R&D",
        "&amp;", "\"q\" 'q'", "Schweregrad", "影响", "Nov 12, 2026, 14:05 (UTC)"};
    private static final String[] URLS = {"", "/wiki/display/~kim", "https://jira.example.com/browse/OPS-1?a=1&b=2",
        "javascript:x('\"')"};

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    @Test
    void writesTheSectionsAsTheTemplateDid() {
        Random random = new Random(20261130L);
        for (int made = 0; made < 300; made++) {
            List<CardSection> sections = new ArrayList<>();
            for (int s = random.nextInt(5); s > 0; s--) {
                List<CardRow> rows = new ArrayList<>();
                for (int r = random.nextInt(6); r > 0; r--) {
                    List<Link> values = new ArrayList<>();
                    for (int v = random.nextInt(4); v > 0; v--) {
                        values.add(new Link(pick(random, TEXTS), pick(random, URLS), pick(random, TEXTS),
                                pick(random, new String[] {"", "pm-not-set", "confluence-userlink"})));
                    }
                    rows.add(new CardRow(pick(random, TEXTS), values));
                }
                sections.add(new CardSection(pick(random, TEXTS), rows));
            }
            for (Styles styles : List.of(Styles.SCREEN, Styles.STATIC)) {
                DetailsCard card = card(sections, styles);
                assertEquals(renderer.render(TEMPLATE, Map.of("card", card)), card.sectionsHtml());
            }
        }
    }

    @Test
    void escapesEveryValue() {
        DetailsCard card = card(List.of(new CardSection("<h>", List.of(new CardRow("<label>",
                List.of(new Link("<v>", "https://x/?a=1&b=2", "'t'", "c\"")))))), Styles.SCREEN);
        String html = card.sectionsHtml();
        for (String escaped : List.of("&lt;h&gt;", "&lt;label&gt;", "&lt;v&gt;", "href=\"https://x/?a=1&amp;b=2\"",
                "title=\"&#39;t&#39;\"", "class=\"c&quot;\"")) {
            assertTrue(html.contains(escaped), () -> "missing " + escaped + " in " + html);
        }
        for (String raw : List.of("<h>", "<label>", "<v>")) {
            assertFalse(html.contains(raw), () -> "unescaped " + raw + " in " + html);
        }
    }

    private static DetailsCard card(List<CardSection> sections, Styles styles) {
        return new DetailsCard("", List.of(), List.of(), sections, styles, WordingSection.NONE, ReviewSection.NONE);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

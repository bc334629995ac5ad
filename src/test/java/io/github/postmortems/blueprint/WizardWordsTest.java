package io.github.postmortems.blueprint;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the wizard says: the details card's terms, messages in words, one way of marking what is required. */
class WizardWordsTest {

    private static final Map<String, String> CARD_TERM_OF_WIZARD_LABEL = Map.of(
            "postmortems.blueprint.wizard.incident-key.label", "postmortems.details.field.incident-ticket",
            "postmortems.blueprint.wizard.facilitator.label", "postmortems.details.field.facilitated-by",
            "postmortems.blueprint.wizard.contact.label", "postmortems.details.field.contact",
            "postmortems.blueprint.wizard.meeting-date.label", "postmortems.details.field.meeting-date",
            "postmortems.blueprint.wizard.time-zone.label", "postmortems.details.field.time-zone",
            "postmortems.blueprint.wizard.detect.label", "postmortems.details.field.detect");

    /** A format to type rather than words: YYYY-MM-DD, JJJJ, AAAA, HH:MM, "24 hours" and the like. */
    private static final Pattern FORMAT = Pattern.compile("YYYY|JJJJ|AAAA|MM-|HH|24 (?:hours|Stunden|heures)");

    @Test
    void namesEachFieldAsTheDetailsCardDoesInEveryLanguage() {
        for (String suffix : List.of("", "_de", "_fr")) {
            Properties wizard = Bundles.load("blueprint" + suffix + ".properties");
            Properties card = Bundles.load("postmortem" + suffix + ".properties");
            CARD_TERM_OF_WIZARD_LABEL.forEach((label, term) ->
                    assertEquals(card.getProperty(term), wizard.getProperty(label), suffix + " " + label));
        }
    }

    @Test
    void asksForDatesAndTimesInWordsNotFormats() {
        for (String bundle : Bundles.BLUEPRINT) {
            Bundles.load(bundle).forEach((key, text) -> {
                if (key.toString().startsWith("postmortems.blueprint.wizard.")) {
                    assertFalse(FORMAT.matcher(text.toString()).find(), bundle + " " + key + ": " + text);
                }
            });
        }
    }

    @Test
    void marksTheRequiredFieldsAndOnlyThem() {
        Document form = Jsoup.parse(WizardFormHtml.render());
        List<String> marked = form.select(".icon-required").stream()
                .map(icon -> fieldOf(icon.closest(".field-group, fieldset"))).toList();

        assertEquals(List.of("incidentTitle", "severity", "startDate", "timeZone"), marked);
        assertFalse(form.text().contains("optional"), "required fields are marked, optional ones are not");
    }

    @Test
    void theGluePassesEveryMessageTheFormShowsOfItsOwn() throws Exception {
        String glue = Files.readString(Path.of("src/main/resources/js/postmortem-wizard.js"));
        Matcher key = Pattern.compile("'(postmortems\\.blueprint\\.wizard\\.[a-z.-]+)'")
                .matcher(Files.readString(Path.of("src/main/resources/js/postmortem-wizard-form.js")));
        int found = 0;
        while (key.find()) {
            found++;
            assertTrue(glue.contains("AJS.I18n.getText('" + key.group(1) + "')"), key.group(1));
            assertTrue(Bundles.has(key.group(1)), key.group(1));
        }
        assertEquals(1, found, "the warning about a start in the future");
    }

    private static String fieldOf(Element group) {
        return group.select("[name]").first().attr("name");
    }
}

package io.github.postmortems.blueprint;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Create dialog's form as the Soy template renders it, with the wizard's own scripts and AUI's CSS, in headless
 * Chromium at 1024 px, light and dark: filled in, refused, and warning about a start in the future. The clock of the
 * page is 29 November 2026, 12:00 UTC; the Confluence profile's zone is Europe/Berlin.
 */
class WizardLookTest {

    private static final Path VALIDATION = Path.of("src/main/resources/js/postmortem-wizard-validation.js");
    private static final Path FORM = Path.of("src/main/resources/js/postmortem-wizard-form.js");
    private static final Path FILL = Path.of("src/main/resources/js/postmortem-wizard-fill.js");
    private static final Path CSS = Path.of("src/main/resources/css/postmortem-wizard.css");
    private static final String PROFILE_ZONE = "Europe/Berlin";

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    /** The form bound as js/postmortem-wizard.js binds it in Confluence, then {@code then} run on it. */
    private static LookPage page(String then) {
        return page("", then);
    }

    private static LookPage page(String language, String then) {
        String script = """
                <link rel="stylesheet" href="%s">
                <script src="%s"></script>
                <script src="%s"></script>
                <script src="%s"></script>
                <script src="%s"></script>
                <script>
                (function () {
                  var messages = window.WIZARD_MESSAGES;
                  var form = document.querySelector('form.postmortem-wizard');
                  var zones = form.elements.namedItem('timeZone');
                  PostmortemsWizardForm.fillTimeZones(zones, '%s');
                  PostmortemsWizardForm.bindZoneFilter(form.querySelector('[data-zone-filter]'), zones);
                  var wizard = PostmortemsWizardForm.bind(form, function (key) { return messages[key] || key; },
                      function () { return Date.UTC(2026, 10, 29, 12, 0); });
                  function type(name, value) {
                    var input = form.elements.namedItem(name);
                    input.value = value;
                    input.dispatchEvent(new Event('input', {bubbles: true}));
                  }
                  %s
                }());
                </script>""".formatted(CSS.toAbsolutePath().toUri(), VALIDATION.toAbsolutePath().toUri(), FORM.toAbsolutePath().toUri(),
                FILL.toAbsolutePath().toUri(), messages(language).toUri(), PROFILE_ZONE, then);
        return LookPage.titled("Create a postmortem").withSidebarCollapsed()
                .fragment(WizardFormHtml.render(language) + script);
    }

    /** The English messages as a script file: inline, LookCheck would rightly see their keys as text on the page. */
    private static Path messages(String language) {
        Path file = LookEnvironment.targetDirectory().resolve("look").resolve("wizard-messages" + language + ".js");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "window.WIZARD_MESSAGES = " + WizardFormHtml.messagesJs(language) + ";\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static final String FILLED_IN = """
            type('incidentTitle', 'Checkout returned errors for EU customers');
            form.elements.namedItem('severity').value = 'SEV2';
            type('startDate', '2026-10-04'); type('startTime', '23:59');
            type('detectDate', '2026-10-05'); type('detectTime', '00:12');
            type('endDate', '2026-10-05'); type('endTime', '11:05');
            type('incidentKey', 'OPS-142'); type('facilitator', 'jdoe'); type('contact', 'asmith');
            type('meetingDate', '2026-10-06');
            """;

    /** What IncidentDraftResource answers for a resolved incident, shown in the fill panel; the title already typed. */
    private static final String FILL_PANEL = """
            type('incidentTitle', 'Card payments failing');
            type('incidentKey', 'OPS-142');
            PostmortemsWizardFill.show(form, form.querySelector('[data-fill-status]'),
                form.querySelector('[data-fill-panel]'), {
                  values: {incidentKey: 'OPS-142', incidentTitle: 'Checkout returned errors for EU customers',
                    severity: 'SEV2', startDate: '2026-10-04', startTime: '23:59', detectDate: '2026-10-05',
                    detectTime: '00:12', endDate: '2026-10-05', endTime: '11:05', timeZone: 'Europe/Berlin',
                    contact: 'asmith', facilitator: 'jdoe'},
                  responders: [{username: 'asmith', displayName: 'Alice Smith'},
                    {username: 'jdoe', displayName: 'John Doe'}, {username: 'bo', displayName: 'Bo Dev'}],
                  warnings: []
                }, function (key) { return messages[key] || key; });
            """;

    @Test
    void theFillPanelShowsEachValueEditableAndTicksOnlyWhatTheFormLacks() {
        headless.look().assertLooksRight("wizard-fill-from-jira", page(FILL_PANEL));
        headless.look().assertLooksRight("wizard-fill-from-jira-de", page("_de", FILL_PANEL));
        Path file = write("wizard-fill-driven", FILL_PANEL + """
                document.querySelector('[data-fill-value=severity]').value = 'SEV1';
                document.querySelector('[data-fill-apply]').click();
                """);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals("Card payments failing", tab.evaluate("document.querySelector('[name=incidentTitle]').value")
                    .getAsString(), "what the person typed is kept unless they tick it");
            assertEquals("SEV1", tab.evaluate("document.querySelector('[name=severity]').value").getAsString(),
                    "the value as changed in the panel");
            assertEquals("00:12", tab.evaluate("document.querySelector('[name=detectTime]').value").getAsString());
            assertEquals("asmith", tab.evaluate("document.querySelector('[name=contact]').value").getAsString());
            assertTrue(tab.evaluate("document.querySelector('[data-fill-panel]').hidden").getAsBoolean());
            assertEquals(java.util.Optional.of(List.of("asmith", "jdoe", "bo")), DraftedResponders.decode(
                    tab.evaluate("document.querySelector('[name=draftedResponders]').value").getAsString()),
                    "the responders go to the page's Responders line, as the server reads them");
        }
        Path untick = write("wizard-fill-no-responders", FILL_PANEL + """
                document.querySelector('[data-fill-responders]').click();
                document.querySelector('[data-fill-apply]').click();
                """);
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(untick);
            assertEquals("", tab.evaluate("document.querySelector('[name=draftedResponders]').value").getAsString(),
                    "unticked, the line keeps its hint");
        }
    }

    /**
     * A long incident: 40 history rows, 15 comments (one with a long unbroken word), 6 linked issues, as
     * IncidentDraftResource answers them; each list scrolls in its own bounded box.
     */
    private static final String FILL_ROWS = """
            type('incidentKey', 'OPS-142');
            var timeline = [], comments = [], linked = [];
            for (var i = 0; i < 40; i++) {
              var minute = ('0' + (i % 60)).slice(-2);
              timeline.push({source: 'change:' + (10000 + i) + ':status', date: '2026-10-05', time: '00:' + minute,
                at: '2026-10-04T22:' + minute + ':00Z', text: 'Status changed from Open to Investigating ' + i,
                kind: i === 0 ? 'DETECT' : 'OTHER', evidence: 'https://jira.example.com/browse/OPS-142'});
            }
            for (var j = 0; j < 15; j++) {
              var m = ('0' + j).slice(-2);
              comments.push({source: 'comment:' + (20000 + j), date: '2026-10-05', time: '01:' + m,
                at: '2026-10-04T23:' + m + ':00Z', kind: 'OTHER',
                text: (j === 3 ? 'Alice Smith: ' + 'x'.repeat(120) : 'Alice Smith: the database is slow again ' + j),
                evidence: 'https://jira.example.com/browse/OPS-142?focusedCommentId=' + (20000 + j)});
            }
            for (var k = 0; k < 6; k++) {
              linked.push({key: 'OPS-' + (200 + k), text: 'Add an index to the orders table ' + k,
                phrase: 'is blocked by', status: 'To Do'});
            }
            PostmortemsWizardFill.show(form, form.querySelector('[data-fill-status]'),
                form.querySelector('[data-fill-panel]'), {
                  values: {incidentKey: 'OPS-142', incidentTitle: 'Checkout returned errors for EU customers'},
                  responders: [], timeline: timeline, comments: comments, countermeasures: linked, warnings: []
                }, function (key) { return messages[key] || key; });
            """;

    @Test
    void theFillPanelListsDraftedRowsWithCommentsOffUntilTicked() {
        headless.look().assertLooksRight("wizard-fill-rows", page(FILL_ROWS));
        headless.look().assertLooksRight("wizard-fill-rows-fr", page("_fr", FILL_ROWS));
        Path file = write("wizard-fill-rows-driven", FILL_ROWS);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals(40, tab.evaluate("document.querySelectorAll('[data-fill-rows=timeline] input:checked')"
                    + ".length").getAsInt(), "history rows are ticked");
            assertEquals(0, tab.evaluate("document.querySelectorAll('[data-fill-rows=comment] input:checked')"
                    + ".length").getAsInt(), "comments are off until chosen");
            assertEquals(6, tab.evaluate("document.querySelectorAll('[data-fill-rows=countermeasure] input:checked')"
                    + ".length").getAsInt(), "linked issues are ticked");
            assertTrue(tab.evaluate("(function () { var list = document.querySelector("
                    + "'[data-fill-rows=timeline] .pm-fill-rowlist'); return list.scrollHeight > list.clientHeight"
                    + " && list.clientHeight <= 200; }())").getAsBoolean(), "a long history scrolls in its box");
            tab.evaluate("document.querySelectorAll('[data-fill-rows=comment] input')[2].click();"
                    + "document.querySelectorAll('[data-fill-rows=timeline] input')[39].click();"
                    + "document.querySelector('[data-fill-apply]').click()");
            String sent = tab.evaluate("document.querySelector('[name=draftedRows]').value").getAsString();
            DraftedRows.Decoded decoded = DraftedRows.decode(sent);
            assertTrue(decoded instanceof DraftedRows.Decoded.Rows, sent);
            List<DraftedRows.Chosen> rows = ((DraftedRows.Decoded.Rows) decoded).rows();
            assertEquals(39, rows.stream().filter(r -> r.kind() == DraftedRows.Kind.TIMELINE).count());
            assertEquals(List.of("comment:20002"), rows.stream().filter(r -> r.kind() == DraftedRows.Kind.COMMENT)
                    .map(DraftedRows.Chosen::source).toList(), "ticking one comment adds that one");
            assertEquals(6, rows.stream().filter(r -> r.kind() == DraftedRows.Kind.COUNTERMEASURE).count());
            assertEquals(java.time.Instant.parse("2026-10-04T23:02:00Z"), rows.stream()
                    .filter(r -> r.kind() == DraftedRows.Kind.COMMENT).findFirst().orElseThrow().time().orElseThrow());
            assertEquals(io.github.postmortems.timeline.EntryKind.DETECT, rows.get(0).entryKind());
            assertEquals(io.github.postmortems.postmortem.IssueKey.parse("OPS-200"), rows.stream()
                    .filter(r -> r.kind() == DraftedRows.Kind.COUNTERMEASURE).findFirst().orElseThrow().key());
        }
    }

    /** A Create-dialog link from the incident (CreateDialogLink) names it; the wizard offers Fill from Jira for it. */
    private static final String FROM_LINK = """
            PostmortemsWizardFill.offerIncident(form, form.querySelector('[data-fill-status]'),
                PostmortemsWizardFill.incidentFromQuery('?createDialog=true&createDialogSpaceKey=OPS'
                    + '&createDialogBlueprintKey=io.github.postmortems.confluence%3Ablueprint-postmortem'
                    + '&postmortemIncident=ops-142'), function (key) { return messages[key] || key; });
            """;

    @Test
    void aLinkFromTheIncidentFillsTheKeyAndOffersFillFromJira() {
        headless.look().assertLooksRight("wizard-from-link", page(FROM_LINK));
        headless.look().assertLooksRight("wizard-from-link-de", page("_de", FROM_LINK));
        Path file = write("wizard-from-link-driven", FROM_LINK);
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals("OPS-142", tab.evaluate("document.querySelector('[name=incidentKey]').value").getAsString());
            assertFalse(tab.evaluate("document.querySelector('[data-fill-status]').hidden").getAsBoolean());
            assertTrue(tab.evaluate("document.activeElement.hasAttribute('data-fill-from-jira')").getAsBoolean(),
                    "Fill from Jira is offered, not run: nothing is asked of Jira until the person chooses");
            assertEquals("", tab.evaluate("PostmortemsWizardFill.incidentFromQuery('?postmortemIncident="
                    + "%7B%7Bissue.key%7D%7D')").getAsString(), "an unreplaced smart value is not a key");
            assertEquals("", tab.evaluate("PostmortemsWizardFill.incidentFromQuery('?postmortemIncident="
                    + "%3Cscript%3E')").getAsString());
            assertEquals("", tab.evaluate("PostmortemsWizardFill.incidentFromQuery('?postmortemIncident=%E0%A4%A')")
                    .getAsString(), "a broken escape is no key and no error");
            assertEquals("", tab.evaluate("PostmortemsWizardFill.incidentFromQuery('')").getAsString());
            tab.evaluate("document.querySelector('[name=incidentKey]').value = 'INC-9';"
                    + "PostmortemsWizardFill.offerIncident(document.querySelector('form.postmortem-wizard'),"
                    + "document.querySelector('[data-fill-status]'), 'OPS-1', function (k) { return k; })");
            assertEquals("INC-9", tab.evaluate("document.querySelector('[name=incidentKey]').value").getAsString(),
                    "a key already typed stays");
        }
    }

    @Test
    void aRefusalIsOneLineUnderTheKeyAndTheFormStaysAsTyped() {
        String refused = """
                type('incidentTitle', 'Card payments failing');
                type('incidentKey', 'OPS-142');
                PostmortemsWizardFill.refuse(form.querySelector('[data-fill-status]'),
                    form.querySelector('[data-fill-panel]'),
                    'Jira shows you no issue OPS-142: it does not exist, or you may not see it.');
                """;
        headless.look().assertLooksRight("wizard-fill-refused", page(refused));
        Path file = write("wizard-fill-refused-driven", refused);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals("Card payments failing", tab.evaluate("document.querySelector('[name=incidentTitle]').value")
                    .getAsString());
            assertFalse(tab.evaluate("document.querySelector('[data-fill-status]').hidden").getAsBoolean());
        }
    }

    @Test
    void filledInReadsWellInLightAndDark() {
        headless.look().assertLooksRight("wizard-filled-in", page(FILLED_IN));
    }

    @Test
    void aRefusedFormShowsEachMessageBesideItsField() {
        headless.look().assertLooksRight("wizard-refused", page("""
                type('incidentKey', 'OPS 142');
                type('detectDate', '2026-10-04');
                wizard.validateAll();
                """));
    }

    @Test
    void theLongestLabelsAndMessagesFitInGermanAndFrench() {
        String refused = """
                type('incidentKey', 'OPS 142');
                type('detectDate', '2026-10-04');
                wizard.validateAll();
                """;
        headless.look().assertLooksRight("wizard-refused-de", page("_de", refused));
        headless.look().assertLooksRight("wizard-refused-fr", page("_fr", refused));
    }

    @Test
    void aStartInTheFutureIsAWarningThatLetsThePostmortemBeCreated() {
        Path file = write("wizard-future-start-driven", FILLED_IN + """
                type('startDate', '2026-11-29'); type('startTime', '13:30');
                type('detectDate', ''); type('detectTime', ''); type('endDate', ''); type('endTime', '');
                window.allowed = wizard.validateAll();
                """);
        headless.look().assertLooksRight("wizard-future-start", page(FILLED_IN + """
                type('startDate', '2026-11-29'); type('startTime', '13:30');
                type('detectDate', ''); type('detectTime', ''); type('endDate', ''); type('endTime', '');
                wizard.validateAll();
                """));

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertTrue(tab.evaluate("window.allowed").getAsBoolean(), "a warning does not stop the Create dialog");
            assertEquals("This start is in the future. Check the date, the time and the time zone.",
                    tab.evaluate("document.querySelector('[data-warning-for=startDate]').textContent").getAsString());
            assertFalse(tab.evaluate("document.querySelector('[data-warning-for=startDate]').hidden").getAsBoolean());
            // 13:30 in Berlin is 12:30 UTC: after the page's clock. 12:30 in Berlin is 11:30 UTC: before it.
            tab.evaluate("var d = document.querySelector('[name=startTime]'); d.value = '12:30';"
                    + " d.dispatchEvent(new Event('input', {bubbles: true}))");
            assertTrue(tab.evaluate("document.querySelector('[data-warning-for=startDate]').hidden").getAsBoolean());
        }
    }

    @Test
    void eachDateAndTimeFieldShowsItsWholeValue() {
        Path file = write("wizard-whole-values", FILLED_IN);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.viewport(1024, 768).open(file);
            // A date or time input draws its value in a shadow tree, so scrollWidth alone misses a cut year or
            // AM/PM; a copy free to size itself says how wide the value really is.
            JsonArray cut = tab.evaluate("""
                    [...document.querySelectorAll('input[type=date], input[type=time]')]
                      .filter(input => input.value !== '')
                      .map(input => {
                        const free = input.cloneNode();
                        free.style.cssText = 'width: auto !important; max-width: none !important; min-width: 0';
                        input.parentElement.appendChild(free);
                        const needs = Math.max(free.getBoundingClientRect().width, input.scrollWidth);
                        free.remove();
                        const has = input.getBoundingClientRect().width;
                        return needs > has + 0.5 || input.scrollWidth > input.clientWidth
                            ? input.name + ': ' + input.value + ' needs ' + needs + ' px, has ' + has : '';
                      })
                      .filter(problem => problem !== '')""").getAsJsonArray();
            int checked = tab.evaluate("[...document.querySelectorAll('input[type=date], input[type=time]')]"
                    + ".filter(input => input.value !== '').length").getAsInt();
            assertEquals(7, checked, "every date and time field holds a value");
            assertEquals(List.of(), strings(cut));
        }
    }

    @Test
    void everyPlaceholderFitsItsFieldInEveryLanguage() {
        for (String language : List.of("", "_de", "_fr")) {
            Path file = page(language, "").write(LookEnvironment.targetDirectory().resolve("look"),
                    "wizard-placeholders" + language.replace('_', '-'), Theme.LIGHT);
            try (BrowserPage tab = headless.chromium().newPage()) {
                tab.viewport(1024, 768).open(file);
                JsonArray cut = tab.evaluate("""
                        [...document.querySelectorAll('input[placeholder]')].map(input => {
                          const style = getComputedStyle(input);
                          const text = document.createElement('span');
                          text.style.cssText = 'position: absolute; white-space: pre; font: ' + style.font;
                          text.textContent = input.placeholder;
                          document.body.appendChild(text);
                          const needs = text.getBoundingClientRect().width;
                          text.remove();
                          const has = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                          return needs > has ? input.placeholder + ' needs ' + needs + ' px, has ' + has : '';
                        }).filter(problem => problem !== '')""").getAsJsonArray();
                assertEquals(List.of(), strings(cut), language);
            }
        }
    }

    @Test
    void offersTheZonesGroupedByRegionAndSortedWithTheProfilesZoneChosen() {
        Path file = write("wizard-zones", "");

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            assertEquals(PROFILE_ZONE, tab.evaluate("document.querySelector('[name=timeZone]').value").getAsString());
            List<String> groups = strings(tab.evaluate(
                    "[...document.querySelectorAll('[name=timeZone] optgroup')].map(g => g.label)"));
            assertEquals(List.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia",
                    "Europe", "Indian", "Pacific", "UTC and other"), groups);
            List<String> europe = strings(tab.evaluate(
                    "[...document.querySelectorAll('[name=timeZone] optgroup[label=Europe] option')]"
                            + ".map(o => o.textContent)"));
            List<String> sorted = new ArrayList<>(europe);
            sorted.sort(String.CASE_INSENSITIVE_ORDER);
            assertEquals(sorted, europe);
            assertTrue(europe.contains("Berlin"), europe.toString());
            assertEquals("UTC", tab.evaluate(
                    "document.querySelector('[name=timeZone] optgroup:last-child option').value").getAsString());
        }
    }

    @Test
    void theProfilesZoneArrivingLateReplacesTheBrowsersUnlessAZoneWasChosenMeanwhile() {
        Path file = write("wizard-late-profile-zone", "");

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            String zone = "document.querySelector('[name=timeZone]')";
            tab.evaluate("PostmortemsWizardForm.fillTimeZones(" + zone + ")");
            tab.evaluate("PostmortemsWizardForm.preferZone(" + zone + ", 'Asia/Tokyo')");
            assertEquals("Asia/Tokyo", tab.evaluate(zone + ".value").getAsString());

            tab.evaluate("PostmortemsWizardForm.fillTimeZones(" + zone + "); " + zone + ".value = 'Europe/Paris'");
            tab.evaluate("PostmortemsWizardForm.preferZone(" + zone + ", 'Asia/Tokyo')");
            assertEquals("Europe/Paris", tab.evaluate(zone + ".value").getAsString());
        }
    }

    @Test
    void typingAPlaceNarrowsTheZonesAndChoosesTheFirstMatch() {
        Path file = write("wizard-zone-search", "");

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("var f = document.querySelector('[data-zone-filter]'); f.value = 'los angeles';"
                    + " f.dispatchEvent(new Event('input', {bubbles: true}))");
            assertEquals("America/Los_Angeles",
                    tab.evaluate("document.querySelector('[name=timeZone]').value").getAsString());
            assertEquals(List.of("America/Los_Angeles"), strings(tab.evaluate(
                    "[...document.querySelectorAll('[name=timeZone] option')].filter(o => !o.hidden)"
                            + ".map(o => o.value)")));
        }
    }

    @Test
    void aHalfTypedDateIsNotTakenForAnEmptyOne() {
        Path file = write("wizard-half-typed", "");

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            // Only a person's keys leave a date input half typed; this stands in for them.
            tab.evaluate("var d = document.querySelector('[name=detectDate]');"
                    + " Object.defineProperty(d, 'validity', {value: {badInput: true}});"
                    + " d.dispatchEvent(new Event('input', {bubbles: true}))");
            assertEquals("Enter the whole date, like 4 October 2026.", tab.evaluate(
                    "document.querySelector('[data-error-for=detectDate]').textContent").getAsString());
        }
    }

    private static Path write(String name, String then) {
        return page(then).write(LookEnvironment.targetDirectory().resolve("look"), name, Theme.LIGHT);
    }

    private static List<String> strings(JsonElement array) {
        List<String> strings = new ArrayList<>();
        array.getAsJsonArray().forEach(element -> strings.add(element.getAsString()));
        return strings;
    }
}

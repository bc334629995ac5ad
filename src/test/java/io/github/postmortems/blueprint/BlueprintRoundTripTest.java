package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.postmortems.text.BundleMessages;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the wizard takes in comes back out of the page: the template is filled the way Confluence fills it (variables
 * as escaped text, raw XHTML only for the markup we build, labels in the creator's language) and then read with the
 * same storage reader the macros and the index use.
 */
class BlueprintRoundTripTest {

    /** The reader's default zone differs from the incident's on purpose: the page must carry its own offsets. */
    private static final ReadingContext READING = ReadingContext.inZone(ZoneId.of("America/New_York"));

    private final StorageReader reader = new StorageReader();

    @ParameterizedTest(name = "labels in \"{0}\"")
    @ValueSource(strings = {"", "de", "fr"})
    void detailsComeBackAsTyped(String language) {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        NewPostmortem typed = validated(form);
        UserRef creator = new UserRef.ByKey("8a7f808a7b1c2d3e");

        PageReading page = read(typed, creator, language);

        assertEquals(List.of(), page.warnings(), "a fresh page reads without warnings");
        Postmortem read = page.details().orElseThrow();
        assertEquals(typed.title(), read.meeting().title());
        assertEquals(typed.severity(), read.severity());
        assertEquals(PostmortemStatus.DRAFT, read.status());
        assertEquals(typed.zone(), read.times().zone());
        assertEquals(instant(typed, typed.start()), read.times().start());
        assertEquals(typed.detectIfSet().map(t -> instant(typed, t)), read.times().at(Milestone.DETECT));
        assertEquals(typed.endIfSet().map(t -> instant(typed, t)), read.times().at(Milestone.END));
        assertEquals(Optional.empty(), read.times().at(Milestone.HOTFIX));
        assertEquals(typed.incidentIssueIfSet(), read.incidentIssueIfSet());
        assertEquals(typed.meetingDateIfSet(), read.meeting().meetingDateIfSet());
        assertEquals(typed.contactIfSet(), read.meeting().contactIfSet());
        assertEquals(typed.facilitatorIfSet(), read.meeting().facilitatedByIfSet());
        assertEquals(Optional.of(creator), read.meeting().createdByIfSet());
        assertTrue(read.tags().isEmpty());
    }

    @Test
    void timelineAndCountermeasuresTablesArePresentAndEmpty() {
        String storage = TemplateRendering.render(PostmortemPage.variables(validated(ContextProviderFixtures.sampleForm()),
                Optional.empty(), BundleMessages.english()));
        Document page = Jsoup.parse(storage, "", Parser.xmlParser());
        for (String macro : List.of("incident-timeline", "countermeasures")) {
            assertEquals(1, page.select("ac|structured-macro[ac:name=" + macro + "] table").size(), macro);
        }
        PageReading read = reader.readPage(storage, READING);
        assertEquals(List.of(), read.timeline());
        assertEquals(List.of(), read.countermeasures());
    }

    /** Times are written as people type them; one the clocks showed twice carries its offset and reads as that hour. */
    @Test
    void aTimeTheClocksShowedTwiceComesBackAsTheHourTyped() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(WizardField.START_DATE.formName(), "2026-10-25");
        form.put(WizardField.START_TIME.formName(), "02:30");
        form.put(WizardField.DETECT_DATE.formName(), "2026-10-25");
        form.put(WizardField.DETECT_TIME.formName(), "02:45");
        form.put(WizardField.END_DATE.formName(), "2026-10-25");
        form.put(WizardField.END_TIME.formName(), "04:00");
        NewPostmortem typed = validated(form);

        PageReading page = read(typed, new UserRef.ByUsername("creator"), "");

        assertEquals(List.of(), page.warnings());
        assertEquals(java.time.Instant.parse("2026-10-25T00:30:00Z"), page.details().orElseThrow().times().start());
        assertEquals(Optional.of(java.time.Instant.parse("2026-10-25T00:45:00Z")),
                page.details().orElseThrow().times().at(Milestone.DETECT));
    }

    @Test
    void anOptionalFieldLeftEmptyStaysEmpty() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(WizardField.END_DATE.formName(), "");
        form.put(WizardField.END_TIME.formName(), "");
        form.put(WizardField.INCIDENT_KEY.formName(), "");
        form.put(WizardField.CONTACT.formName(), "");
        Postmortem read = read(validated(form), new UserRef.ByUsername("creator"), "").details().orElseThrow();
        assertEquals(Optional.empty(), read.times().at(Milestone.END));
        assertEquals(Optional.<IssueKey>empty(), read.incidentIssueIfSet());
        assertEquals(Optional.empty(), read.meeting().contactIfSet());
    }

    @ParameterizedTest(name = "title {0}")
    @ValueSource(strings = {
            "<b>bold</b> and <script>alert(1)</script>",
            "]]> <![CDATA[ x ]]>",
            "\"quotes\" & 'apostrophes' & &amp; &nbsp; entities",
            "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body>x</ac:plain-text-body></ac:structured-macro>",
            "\u062d\u0627\u062f\u062b\u0629 \u0641\u064a \u0627\u0644\u062f\u0641\u0639 \u202e reversed \u202c",
            "Emoji \uD83D\uDD25 and \u00fcml\u00e4uts",
            "$incidentTitle <at:var at:name=\"startTime\"/> {0} ${title}"})
    void hostileTitlesComeBackAsTextNeverAsMarkup(String title) {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(WizardField.INCIDENT_TITLE.formName(), title);
        NewPostmortem typed = validated(form);
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.empty(), BundleMessages.english()));

        Document page = Jsoup.parse(storage, "", Parser.xmlParser());
        assertEquals(3, page.select("ac|structured-macro").size(), "no macro came in through the title");
        assertTrue(page.select("b, script, at|var").isEmpty(), "no element came in through the title");
        assertEquals(typed.title(), reader.readPage(storage, READING).details().orElseThrow().meeting().title());
    }

    @Test
    void theLongestTitleTheWizardAcceptsComesBackWhole() {
        String longest = "x".repeat(WizardValidator.MAX_TITLE - 5) + " \u00e9\u00e9\u00e9\u00e9";
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(WizardField.INCIDENT_TITLE.formName(), longest);
        NewPostmortem typed = validated(form);
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.empty(), BundleMessages.english()));
        assertEquals(longest, reader.readPage(storage, READING).details().orElseThrow().meeting().title());
        assertTrue(PostmortemPage.title(typed).length() <= PostmortemPage.MAX_PAGE_TITLE);
        assertTrue(PostmortemPage.title(typed).endsWith("(" + typed.start().toLocalDate() + ")"));
    }

    @Test
    void aTooLongTitleIsRefusedBeforeAnyPageIsWritten() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(WizardField.INCIDENT_TITLE.formName(), "x".repeat(WizardValidator.MAX_TITLE + 1));
        assertFalse(new WizardValidator(SeverityScale.defaults()).validate(WizardInput.fromForm(form))
                instanceof WizardValidation.Valid);
    }

    private PageReading read(NewPostmortem typed, UserRef creator, String language) {
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.of(creator), BundleMessages.of(language.isEmpty() ? "en" : language)), language);
        return reader.readPage(storage, READING);
    }

    private static NewPostmortem validated(Map<String, String> form) {
        WizardValidation validation = new WizardValidator(SeverityScale.defaults()).validate(WizardInput.fromForm(form));
        assertTrue(validation instanceof WizardValidation.Valid, () -> "sample form is invalid: " + validation);
        return ((WizardValidation.Valid) validation).postmortem();
    }

    private static java.time.Instant instant(NewPostmortem typed, java.time.LocalDateTime local) {
        return ZonedDateTime.of(local, typed.zone()).toInstant();
    }
}

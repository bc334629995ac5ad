package io.github.postmortems.blueprint;

import io.github.postmortems.countermeasure.Countermeasure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.PageReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;
import io.github.postmortems.timeline.Evidence;
import io.github.postmortems.timeline.TimelineEntry;
import io.github.postmortems.timeline.TimelineRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rows chosen from the incident come back out of the created page through the real readers, as the timeline and
 * countermeasures macros read them: times in the page's zone, kinds, evidence, keys, and the drafted mark.
 */
class DraftedRowsRoundTripTest {

    private static final ReadingContext READING = ReadingContext.inZone(ZoneId.of("America/New_York"));
    private final StorageReader reader = new StorageReader();

    private static final DraftedRows.Chosen DETECT = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE,
            "change:10001:status", Optional.of(Instant.parse("2026-11-28T09:05:00Z")), "Status changed to Investigating",
            EntryKind.DETECT, Optional.of(URI.create("https://jira.example.com/browse/OPS-7")), Optional.empty());
    private static final DraftedRows.Chosen RESOLVE = new DraftedRows.Chosen(DraftedRows.Kind.TIMELINE,
            "change:10009:resolution", Optional.of(Instant.parse("2026-11-28T11:40:12Z")), "Resolved: Fixed",
            EntryKind.RESOLVE, Optional.of(URI.create("https://jira.example.com/browse/OPS-7")), Optional.empty());
    private static final DraftedRows.Chosen COMMENT = new DraftedRows.Chosen(DraftedRows.Kind.COMMENT,
            "comment:10456", Optional.of(Instant.parse("2026-11-28T09:01:30Z")), "Kim: <b>db</b> & 12:00 is slow",
            EntryKind.OTHER, Optional.empty(), Optional.empty());
    private static final DraftedRows.Chosen LINKED = new DraftedRows.Chosen(DraftedRows.Kind.COUNTERMEASURE,
            "link:OPS-9", Optional.empty(), "Add an index to orders", EntryKind.OTHER, Optional.empty(),
            IssueKey.parse("OPS-9"));

    @ParameterizedTest(name = "page in \"{0}\"")
    @ValueSource(strings = {"", "de", "fr"})
    void chosenRowsReadBackWithTheirTimesKindsKeysAndMark(String language) {
        NewPostmortem typed = validated(ContextProviderFixtures.sampleForm());
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.of(new UserRef.ByUsername("c")),
                BundleMessages.of(language.isEmpty() ? "en" : language), List.of(RESOLVE, LINKED, DETECT, COMMENT)),
                language);

        PageReading page = reader.readPage(storage, READING);

        assertEquals(List.of(), page.warnings(), "drafted rows read without warnings");
        List<TimelineEntry> entries = page.timeline().stream().map(row -> ((TimelineRow.Entry) row).entry()).toList();
        assertEquals(List.of(COMMENT.time().get(), DETECT.time().get(), RESOLVE.time().get()),
                entries.stream().map(TimelineEntry::time).toList(), "in time order, in the page's own zone");
        assertEquals(List.of(EntryKind.OTHER, EntryKind.DETECT, EntryKind.RESOLVE),
                entries.stream().map(TimelineEntry::kind).toList());
        assertEquals(List.of("Kim: <b>db</b> & 12:00 is slow", "Status changed to Investigating", "Resolved: Fixed"),
                entries.stream().map(TimelineEntry::text).toList(), "the lozenge is not part of the text");
        assertTrue(entries.stream().allMatch(TimelineEntry::drafted));
        assertEquals(Optional.of(new Evidence.Web("https://jira.example.com/browse/OPS-7")),
                entries.get(1).evidenceIfSet());
        Countermeasure countermeasure = page.countermeasures().stream().map(CountermeasureRow::countermeasure)
                .findFirst().orElseThrow();
        assertEquals(1, page.countermeasures().size());
        assertEquals("Add an index to orders", countermeasure.text());
        assertEquals(IssueKey.parse("OPS-9"), countermeasure.jiraKeyIfSet());
        assertTrue(countermeasure.drafted());
    }

    @Test
    void aRowWhoseLozengeIsGoneReadsAsAPersonsRow() {
        NewPostmortem typed = validated(ContextProviderFixtures.sampleForm());
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.empty(),
                BundleMessages.english(), List.of(DETECT, LINKED)));
        String edited = storage.replace(DraftedRows.mark("From Jira"), "");
        PageReading page = reader.readPage(edited, READING);
        assertFalse(((TimelineRow.Entry) page.timeline().get(0)).entry().drafted());
        assertFalse(page.countermeasures().get(0).countermeasure().drafted());
        assertEquals(DETECT.time().get(), ((TimelineRow.Entry) page.timeline().get(0)).entry().time());
    }

    @Test
    void aStatusLozengeWithAnotherTitleStaysPartOfTheText() {
        NewPostmortem typed = validated(ContextProviderFixtures.sampleForm());
        String storage = TemplateRendering.render(PostmortemPage.variables(typed, Optional.empty(),
                BundleMessages.english(), List.of(LINKED)));
        String other = storage.replace(DraftedRows.mark("From Jira"), DraftedRows.mark("Urgent"));
        Countermeasure read = reader.readPage(other, READING).countermeasures().get(0).countermeasure();
        assertFalse(read.drafted());
        assertEquals("Urgent Add an index to orders", read.text());
    }

    /** With nothing chosen the page is byte for byte the page created before rows could be chosen. */
    @Test
    void withoutChosenRowsThePageIsTheSameAsBefore() {
        NewPostmortem typed = validated(ContextProviderFixtures.sampleForm());
        Map<String, String> vars = PostmortemPage.variables(typed, Optional.empty(), BundleMessages.english());
        assertEquals("", vars.get(DraftedRows.TIMELINE_ROWS));
        assertEquals("", vars.get(DraftedRows.COUNTERMEASURE_ROWS));
        String withoutVariables = TemplateRendering.template()
                .replace("<at:var at:name=\"draftedTimelineXhtml\" at:rawxhtml=\"true\"/>", "")
                .replace("<at:var at:name=\"draftedCountermeasuresXhtml\" at:rawxhtml=\"true\"/>", "");
        assertFalse(withoutVariables.contains("drafted"));
        assertEquals(TemplateRendering.render(withoutVariables, vars, ""), TemplateRendering.render(vars));
    }

    private static NewPostmortem validated(Map<String, String> form) {
        WizardValidation validation = new WizardValidator(SeverityScale.defaults()).validate(WizardInput.fromForm(form));
        assertTrue(validation instanceof WizardValidation.Valid, () -> "sample form is invalid: " + validation);
        return ((WizardValidation.Valid) validation).postmortem();
    }
}

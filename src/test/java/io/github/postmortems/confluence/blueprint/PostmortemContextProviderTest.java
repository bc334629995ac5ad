package io.github.postmortems.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.blueprint.ContextProviderFixtures;
import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.blueprint.TemplateRendering;
import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.postmortem.UserRef;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PostmortemContextProviderTest {

    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final PostmortemContextProvider provider = new PostmortemContextProvider(currentUser, BundleMessages.english());

    PostmortemContextProviderTest() {
        when(currentUser.get()).thenReturn(Optional.of(new UserRef.ByUsername("creator")));
    }

    private BlueprintContext run(Map<String, String> form) {
        BlueprintContext context = new BlueprintContext();
        form.forEach(context::put);
        return provider.updateBlueprintContext(context);
    }

    private BlueprintContext run(String field, String value) {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(field, value);
        return run(form);
    }

    @Test
    void titlesThePageWithTheIncidentAndItsStartDate() {
        assertEquals("Postmortem: Checkout returned errors for EU customers (2026-10-04)",
                run(ContextProviderFixtures.sampleForm()).get("ContentPageTitle"));
    }

    @Test
    void datesTheTitleAsTheRespondersSawIt() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("startTime", "23:30");
        form.put("detectDate", "2026-10-05");
        form.put("endDate", "2026-10-05");
        form.put("timeZone", "Pacific/Auckland");
        assertEquals("Postmortem: Checkout returned errors for EU customers (2026-10-04)",
                run(form).get("ContentPageTitle"));
    }

    @Test
    void shortensATitleTooLongForConfluenceButKeepsTheDate() {
        String title = (String) run("incidentTitle", "a".repeat(250) + "\uD83D\uDE00bc").get("ContentPageTitle");
        assertEquals(255, title.length());
        assertTrue(title.endsWith("a\u2026 (2026-10-04)"), title);
        String emoji = (String) run("incidentTitle", "a".repeat(228) + "\uD83D\uDE00" + "b".repeat(20))
                .get("ContentPageTitle");
        assertFalse(emoji.contains("\uD83D\u2026"), "a surrogate pair must not be cut");
    }

    @Test
    void writesTimesAsPeopleTypeThemWithTheZoneInItsOwnRow() {
        BlueprintContext summer = run(ContextProviderFixtures.sampleForm());
        assertEquals("2026-10-04 15:39", summer.get("startTime"));
        assertEquals("2026-10-04 15:52", summer.get("detectTimeXhtml"));
        assertEquals("2026-10-04 17:05", summer.get("endTimeXhtml"));
        assertEquals("Europe/Berlin", summer.get("timeZoneId"));

        Map<String, String> winter = ContextProviderFixtures.sampleForm();
        winter.put("startDate", "2026-10-25");
        winter.put("startTime", "01:30");
        winter.put("detectDate", "");
        winter.put("detectTime", "");
        winter.put("endDate", "2026-10-25");
        winter.put("endTime", "03:15:20");
        BlueprintContext acrossTheChange = run(winter);
        assertEquals("2026-10-25 01:30", acrossTheChange.get("startTime"));
        assertEquals("<ac:placeholder>A time, e.g. 2026-10-04 15:39</ac:placeholder>",
                acrossTheChange.get("detectTimeXhtml"));
        assertEquals("2026-10-25 03:15:20", acrossTheChange.get("endTimeXhtml"));
    }

    @Test
    void addsTheOffsetOnlyToATimeTheClocksShowedTwice() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("startDate", "2026-10-25");
        form.put("startTime", "02:30");
        form.put("detectDate", "");
        form.put("detectTime", "");
        form.put("endDate", "2026-10-25");
        form.put("endTime", "04:00");
        assertEquals("2026-10-25 02:30 +02:00", run(form).get("startTime"));
    }

    @Test
    void writesUtcAndFixedOffsets() {
        assertEquals("2026-10-04 15:39", run("timeZone", "UTC").get("startTime"));
        assertEquals("2026-10-04 15:39", run("timeZone", "+05:30").get("startTime"));
    }

    @Test
    void movesATimeInsideTheSpringForwardGapByTheGap() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("startDate", "2026-03-29");
        form.put("startTime", "02:30");
        form.put("detectDate", "2026-03-29");
        form.put("endDate", "2026-03-29");
        assertEquals("2026-03-29 03:30", run(form).get("startTime"));
    }

    @Test
    void refusesBadValuesWithTheWizardsMessagesAndCreatesNoTitle() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("incidentTitle", " ");
        form.put("detectTime", "15:00");
        BlueprintContext context = new BlueprintContext();
        form.forEach(context::put);

        InvalidWizardInput refused = assertThrows(InvalidWizardInput.class,
                () -> provider.updateBlueprintContext(context));

        assertEquals(Map.of(WizardField.INCIDENT_TITLE, "postmortems.blueprint.wizard.error.title-required",
                WizardField.DETECT_DATE, "postmortems.blueprint.wizard.error.detect-before-start"), refused.errors());
        assertEquals("The postmortem was not created. Incident title: Enter a title for the incident. "
                + "Detection date: Detection cannot be before the incident started.", refused.getMessage());
        assertFalse(context.getMap().containsKey("ContentPageTitle"));
    }

    /** Issue 15: the rows chosen from the incident go into the page's tables; a forged field creates no page. */
    @Test
    void putsTheRowsChosenFromTheIncidentIntoTheTablesAndRefusesAFieldTheDialogDidNotSend() {
        String chosen = "[{\"kind\":\"timeline\",\"source\":\"change:1:status\",\"at\":\"2026-10-04T13:45:00Z\","
                + "\"text\":\"Status set to <b>Investigating</b>\",\"entryKind\":\"DETECT\"},"
                + "{\"kind\":\"countermeasure\",\"source\":\"link:OPS-9\",\"text\":\"Add an index\",\"key\":\"OPS-9\"}]";
        BlueprintContext context = run(io.github.postmortems.blueprint.DraftedRows.FORM_NAME, chosen);
        String timeline = context.get(io.github.postmortems.blueprint.DraftedRows.TIMELINE_ROWS).toString();
        assertTrue(timeline.contains("Status set to &lt;b&gt;Investigating&lt;/b&gt;"), timeline);
        assertTrue(context.get(io.github.postmortems.blueprint.DraftedRows.COUNTERMEASURE_ROWS).toString()
                .contains("<ac:parameter ac:name=\"key\">OPS-9</ac:parameter>"));
        assertEquals("", run(ContextProviderFixtures.sampleForm()).get(
                io.github.postmortems.blueprint.DraftedRows.TIMELINE_ROWS));

        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put(io.github.postmortems.blueprint.DraftedRows.FORM_NAME,
                "[{\"kind\":\"timeline\",\"source\":\"x\",\"at\":\"2026-10-04T13:45:00Z\",\"text\":\"t\","
                        + "\"evidence\":\"javascript:alert(1)\"}]");
        BlueprintContext forged = new BlueprintContext();
        form.forEach(forged::put);
        InvalidWizardInput refused = assertThrows(InvalidWizardInput.class, () -> provider.updateBlueprintContext(forged));
        assertEquals(Map.of(WizardField.INCIDENT_KEY, io.github.postmortems.blueprint.DraftedRows.UNREADABLE),
                refused.errors());
        assertTrue(refused.getMessage().contains("The rows chosen from Jira could not be read."), refused.getMessage());
        assertFalse(forged.getMap().containsKey("ContentPageTitle"));
    }

    /** Issue 15 item 2: the responders chosen from the incident are mentioned on the Responders line. */
    @Test
    void mentionsTheRespondersChosenFromTheIncidentAndRefusesAListTheDialogDidNotSend() {
        String responders = run(io.github.postmortems.blueprint.DraftedResponders.FORM_NAME, "ana\nbo")
                .get(io.github.postmortems.blueprint.PostmortemPage.RESPONDERS).toString();
        assertEquals("<ac:link><ri:user ri:username=\"ana\" /></ac:link>, "
                + "<ac:link><ri:user ri:username=\"bo\" /></ac:link>", responders);
        assertTrue(run(ContextProviderFixtures.sampleForm()).get(
                io.github.postmortems.blueprint.PostmortemPage.RESPONDERS).toString().startsWith("<ac:placeholder>"),
                "no responders chosen: the line keeps its hint");

        BlueprintContext forged = new BlueprintContext();
        ContextProviderFixtures.sampleForm().forEach(forged::put);
        forged.put(io.github.postmortems.blueprint.DraftedResponders.FORM_NAME, "ana\u0007");
        assertThrows(InvalidWizardInput.class, () -> provider.updateBlueprintContext(forged));
        assertFalse(forged.getMap().containsKey("ContentPageTitle"));
    }

    /** Issue 15 item 4: the context carries the chosen rows' fingerprints for the page-created event. */
    @Test
    void carriesTheFingerprintsOfTheChosenRowsForThePageCreatedEvent() {
        String chosen = "[{\"kind\":\"timeline\",\"source\":\"change:1:status\",\"at\":\"2026-10-04T13:45:00Z\","
                + "\"text\":\"Status set to Investigating\",\"entryKind\":\"DETECT\"},"
                + "{\"kind\":\"countermeasure\",\"source\":\"link:OPS-9\",\"text\":\"Add an index\",\"key\":\"OPS-9\"}]";
        BlueprintContext context = run(io.github.postmortems.blueprint.DraftedRows.FORM_NAME, chosen);
        Object carried = context.get(io.github.postmortems.blueprint.DraftedPrints.CONTEXT_KEY);
        assertTrue(carried instanceof String, "a plain text survives the editor's draft: " + carried);
        Map<String, String> prints = io.github.postmortems.blueprint.DraftedPrints.decode(carried).orElseThrow();
        assertEquals(java.util.Set.of("change:1:status", "link:OPS-9"), prints.keySet());
        assertEquals(prints.values().stream().sorted().toList(), io.github.postmortems.blueprint.DraftedPrints
                .ofPage(TemplateRendering.render(context.getMap())).values().stream().sorted().toList(),
                "what the macros will compute for the untouched rows of the created page");
        assertEquals("", run(ContextProviderFixtures.sampleForm())
                .get(io.github.postmortems.blueprint.DraftedPrints.CONTEXT_KEY), "nothing drafted, nothing to remember");
    }

    @Test
    void refusesInTheUsersLanguage() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("incidentTitle", "");
        BlueprintContext context = new BlueprintContext();
        form.forEach(context::put);
        PostmortemContextProvider german = new PostmortemContextProvider(currentUser, BundleMessages.of("de"));

        InvalidWizardInput refused = assertThrows(InvalidWizardInput.class, () -> german.updateBlueprintContext(context));

        assertTrue(refused.getMessage().startsWith("Das Postmortem wurde nicht angelegt. "), refused.getMessage());
    }

    @Test
    void namesPeopleAsMentionsAndTheCreatorFromTheServerNotTheForm() {
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("createdByXhtml", "<b>forged</b>");
        BlueprintContext context = run(form);
        assertEquals("<ac:link><ri:user ri:username=\"creator\" /></ac:link>", context.get("createdByXhtml"));
        assertEquals("<ac:link><ri:user ri:username=\"jdoe\" /></ac:link>", context.get("facilitatedByXhtml"));
        assertEquals("<ac:link><ri:user ri:username=\"asmith\" /></ac:link>", context.get("contactXhtml"));
        assertEquals("<time datetime=\"2026-10-06\" />", context.get("meetingDateXhtml"));
        assertEquals("OPS-142", context.get("incidentTicketXhtml"));
        assertEquals("SEV2", context.get("severityCode"));
        assertFalse(context.getMap().containsKey("status"), "the template writes the status itself, in the reader's language");
    }

    @Test
    void leavesTheCreatorToBeTypedForAnAnonymousRequest() {
        when(currentUser.get()).thenReturn(Optional.empty());
        assertEquals("<ac:placeholder>Type @ and a name</ac:placeholder>",
                run(ContextProviderFixtures.sampleForm()).get("createdByXhtml"));
    }

    @Test
    void keepsHostileInputAsTextInTheRenderedPage() throws Exception {
        String hostile = "<ac:structured-macro ac:name=\"html\"/>]]>&amp; \"q\" 'a' \u202Eevil \u05e9\u05dc\u05d5\u05dd";
        Map<String, String> form = ContextProviderFixtures.sampleForm();
        form.put("incidentTitle", hostile);
        form.put("contact", "x\" /><ri:page ri:content-title=\"y");
        BlueprintContext context = run(form);

        String storage = TemplateRendering.render(context.getMap());
        Document page = parse(TemplateRendering.asDocument(storage));

        assertEquals(3, page.getElementsByTagNameNS("http://atlassian.com/content", "structured-macro").getLength());
        assertEquals(0, page.getElementsByTagNameNS("http://atlassian.com/resource/identifier", "page").getLength());
        assertTrue(page.getDocumentElement().getTextContent().contains(hostile.strip()));
        assertEquals("x\" /><ri:page ri:content-title=\"y", ((org.w3c.dom.Element) page
                .getElementsByTagNameNS("http://atlassian.com/resource/identifier", "user").item(0))
                .getAttributeNS("http://atlassian.com/resource/identifier", "username"));
    }

    @Test
    void rendersTheSamplePage() throws Exception {
        String storage = TemplateRendering.render(run(ContextProviderFixtures.sampleForm()).getMap());
        parse(TemplateRendering.asDocument(storage));
        assertTrue(storage.contains("<td>2026-10-04 15:39</td>"));
        if (Boolean.getBoolean("printSamplePage")) {
            System.out.println(storage);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

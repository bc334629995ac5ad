package io.github.postmortems.incident;

import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.timeline.EntryKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Fill from Jira" end to end: the real client over HTTP against the fake Jira, drafted in English. */
class DraftFromIncidentTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static FakeJira jira() {
        return FakeJira.start().project("OPS", "Incident").project("SEC", "Incident")
                .user("ana", "Ana Ops", "ana@example.com")
                .user("bo", "Bo Dev", "bo@example.com")
                .user("cy", "Cy Support", "cy@example.com");
    }

    /** Reported by Ana, taken up, handed to Bo, raised to Highest, commented on, fixed, with two linked issues. */
    private static String checkoutOutage(FakeJira jira) {
        String key = jira.incident("OPS", "Checkout fails for card payments", "ana", "High", CREATED);
        String breaker = jira.existingIssue("OPS", "Add a circuit breaker to the card gateway");
        String dup = jira.existingIssue("OPS", "Payments broken?");
        jira.change(key, CREATED.plusSeconds(300), "ana", "status", "In Progress")
                .change(key, CREATED.plusSeconds(420), "ana", "assignee", "bo")
                .change(key, CREATED.plusSeconds(600), "bo", "priority", "Highest")
                .change(key, CREATED.plusSeconds(900), "bo", "status", "In Review")
                .change(key, CREATED.plusSeconds(1200), "bo", "status", "In Progress")
                .change(key, CREATED.plusSeconds(3600), "bo", "status", "Done")
                .comment(key, CREATED.plusSeconds(360), "cy", "Customers report declined cards\nsince 09:50")
                .comment(key, CREATED.plusSeconds(960), "bo", "Rolled back gateway config")
                .linkIssues("Blocks", breaker, key)
                .linkIssues("Duplicate", dup, key);
        return key;
    }

    private static JiraClient client(FakeJira jira, String token) {
        return new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), token,
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))), RetryPolicy.noRetries()));
    }

    private static DraftFromIncident asUser(FakeJira jira, String user, IncidentSettings settings) {
        JiraClient client = client(jira, FakeJira.tokenFor(user));
        return DraftFromIncident.withMappings(new ImpersonatingConnections(client, client(jira, FakeJira.TOKEN)),
                new FixedSettings(linked(jira)), () -> settings);
    }

    private static JiraSettings linked(FakeJira jira) {
        return new JiraSettings(new JiraSettings.Connection.ApplicationLink("jira-app-link"), "OPS", "Task", Map.of(),
                null, "");
    }

    private static IncidentDraft drafted(DraftOutcome outcome) {
        return assertInstanceOf(DraftOutcome.Drafted.class, outcome).draft();
    }

    @Test
    void fillsTheWizardFromTheIncidentsFieldsHistoryAndPeople() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);

            IncidentDraft draft = drafted(asUser(jira, "cy", IncidentSettings.defaults("OPS"))
                    .draft(jira.baseUrl() + "/browse/" + key, BundleMessages.english()));

            Map<WizardField, String> values = draft.wizardValues(BERLIN);
            assertEquals(key, values.get(WizardField.INCIDENT_KEY));
            assertEquals("Checkout fails for card payments", values.get(WizardField.INCIDENT_TITLE));
            assertEquals("SEV1", values.get(WizardField.SEVERITY), "Highest, the priority now, is SEV1");
            assertEquals("2026-11-28", values.get(WizardField.START_DATE));
            assertEquals("10:00", values.get(WizardField.START_TIME), "created, in the form's zone");
            assertEquals("10:05", values.get(WizardField.DETECT_TIME), "the first move to In Progress, not the second");
            assertEquals("11:00", values.get(WizardField.END_TIME), "the resolution date");
            assertEquals("Europe/Berlin", values.get(WizardField.TIME_ZONE));
            assertEquals("bo", values.get(WizardField.CONTACT), "the assignee");
            assertEquals("ana", values.get(WizardField.FACILITATOR), "the reporter");
            assertEquals(List.of("bo", "ana", "cy"),
                    draft.responders().stream().map(JiraIncident.Person::username).toList());
            assertEquals(List.of(), draft.warnings());
        }
    }

    @Test
    void draftsTimelineRowsFromStatusPriorityAssigneeAndResolutionChanges() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);

            IncidentDraft draft = drafted(asUser(jira, "ana", IncidentSettings.defaults("OPS"))
                    .draft(key, BundleMessages.english()));

            assertEquals(List.of(
                    "09:05 DETECT Status changed from To Do to In Progress",
                    "09:07 OTHER Assigned to Bo Dev",
                    "09:10 OTHER Priority changed from High to Highest",
                    "09:15 OTHER Status changed from In Progress to In Review",
                    "09:20 OTHER Status changed from In Review to In Progress",
                    "10:00 OTHER Status changed from In Progress to Done",
                    "10:00 RESOLVE Resolved: Done"), lines(draft.timeline()));
            URI issue = URI.create(jira.baseUrl() + "/browse/" + key);
            assertTrue(draft.timeline().stream().allMatch(row -> row.evidence().equals(Optional.of(issue))),
                    "every row links back to the issue");
        }
    }

    @Test
    void offersCommentsAsRowsAndLinkedIssuesAsCountermeasuresWithTheirKeys() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);

            IncidentDraft draft = drafted(asUser(jira, "ana", IncidentSettings.defaults("OPS"))
                    .draft(key, BundleMessages.english()));

            assertEquals(List.of("09:06 OTHER Cy Support: Customers report declined cards",
                    "09:16 OTHER Bo Dev: Rolled back gateway config"), lines(draft.comments()));
            assertTrue(draft.comments().get(0).evidence().orElseThrow().toString()
                    .startsWith(jira.baseUrl() + "/browse/" + key + "?focusedCommentId="));
            assertEquals(List.of("OPS-2 Add a circuit breaker to the card gateway (is blocked by, To Do)",
                    "OPS-3 Payments broken? (is duplicated by, To Do)"), draft.countermeasures().stream()
                    .map(c -> c.key() + " " + c.text() + " (" + c.phrase() + ", " + c.status() + ")").toList());
        }
    }

    @Test
    void offersOnlyTheLinkTypesTheAdministratorChose() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);
            IncidentSettings blocksOnly = new IncidentSettings("", IncidentSettings.defaults("OPS").severities(), "",
                    "", "", "", java.util.Set.of("Blocks"), java.util.Set.of());

            IncidentDraft draft = drafted(asUser(jira, "ana", blocksOnly).draft(key, BundleMessages.english()));

            assertEquals(List.of("OPS-2"), draft.countermeasures().stream().map(c -> c.key().toString()).toList());
        }
    }

    @Test
    void writesTheRowsInTheReadersLanguage() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);

            IncidentDraft draft = drafted(asUser(jira, "ana", IncidentSettings.defaults("OPS"))
                    .draft(key, BundleMessages.of("de")));

            assertEquals("Priorit\u00e4t von High auf Highest ge\u00e4ndert", draft.timeline().get(2).text());
        }
    }

    @Test
    void aUserWhoMayNotBrowseTheIssueGetsTheRefusalAndNothingIsDrafted() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);
            jira.restrictTo(key, "ana", "bo");

            DraftOutcome outcome = asUser(jira, "cy", IncidentSettings.defaults("OPS"))
                    .draft(key, BundleMessages.english());

            assertEquals(new DraftOutcome.NotReadable(io.github.postmortems.postmortem.IssueKey.parse(key).orElseThrow()),
                    outcome);
            assertEquals(0, jira.requests(Endpoint.COMMENTS), "nothing more is asked after Jira's 404");
        }
    }

    @Test
    void aTokenConnectionReadsOnlyTheProjectsTheAdministratorAllowed() {
        try (FakeJira jira = jira()) {
            String secret = jira.incident("SEC", "Leaked key", "ana", "High", CREATED);
            DraftFromIncident withToken = new DraftFromIncident(new FixedConnections(client(jira, FakeJira.TOKEN)),
                    new FixedSettings(linked(jira)));

            DraftOutcome outcome = withToken.draft(secret, BundleMessages.english());

            assertInstanceOf(DraftOutcome.NotAllowed.class, outcome);
            assertEquals(0, jira.requests(), "Jira is not asked at all");
            assertInstanceOf(DraftOutcome.Drafted.class, withToken.draft(checkoutOutage(jira), BundleMessages.english()));
        }
    }

    @Test
    void jiraDownAndNothingConfiguredAndNoKeyAreOneOutcomeEachNotAnException() {
        try (FakeJira jira = jira()) {
            String key = checkoutOutage(jira);
            jira.failAlways(Endpoint.ISSUE, Fault.status(503));

            assertInstanceOf(DraftOutcome.JiraUnreachable.class,
                    asUser(jira, "ana", IncidentSettings.defaults("OPS")).draft(key, BundleMessages.english()));
            assertInstanceOf(DraftOutcome.NotAKey.class,
                    asUser(jira, "ana", IncidentSettings.defaults("OPS")).draft("checkout", BundleMessages.english()));
            DraftFromIncident unconfigured = new DraftFromIncident(new FixedConnections(client(jira, FakeJira.TOKEN)),
                    new FixedSettings(JiraSettings.unconfigured()));
            assertInstanceOf(DraftOutcome.NotConfigured.class, unconfigured.draft(key, BundleMessages.english()));
        }
    }

    @Test
    void anApplicationLinkWaitingForTheUsersConsentSaysWhereToGiveIt() {
        URI consent = URI.create("https://jira.example.com/plugins/servlet/oauth/authorize?oauth_token=x");
        io.github.postmortems.jira.JiraConnections waiting = new io.github.postmortems.jira.JiraConnections() {
            @Override
            public JiraClient forCurrentUser() throws io.github.postmortems.jira.JiraFailure {
                throw io.github.postmortems.jira.JiraUnauthorized.consentNeeded(consent);
            }

            @Override
            public JiraClient forBackground() {
                throw new AssertionError("a draft reads as the user only");
            }

            @Override
            public boolean actsAsEachUser() {
                return true;
            }
        };
        DraftFromIncident drafts = new DraftFromIncident(waiting, new FixedSettings(linked(null)));

        assertEquals(new DraftOutcome.ConsentNeeded(Optional.of(consent)), drafts.draft("OPS-1", BundleMessages.english()));
    }

    @Test
    void anUnmappedPriorityLeavesTheSeverityToThePersonAndSaysWhy() {
        try (FakeJira jira = jira()) {
            String key = jira.incident("OPS", "Slow search", "ana", "Medium", CREATED);
            IncidentSettings nothingMapped = new IncidentSettings("", Map.of(), "", "", "", "", java.util.Set.of(),
                    java.util.Set.of());

            IncidentDraft draft = drafted(asUser(jira, "ana", nothingMapped).draft(key, BundleMessages.english()));

            assertEquals(Optional.empty(), draft.severity());
            assertEquals(List.of("No severity is mapped to \u201cMedium\u201d; choose one."), draft.warnings());
            assertTrue(!draft.wizardValues(BERLIN).containsKey(WizardField.SEVERITY));
            assertTrue(!draft.wizardValues(BERLIN).containsKey(WizardField.END_DATE), "not resolved: no end");
        }
    }

    private static List<String> lines(List<DraftRow> rows) {
        return rows.stream().map(row -> row.time().atZone(java.time.ZoneOffset.UTC).toLocalTime() + " " + row.kind()
                + " " + row.text()).toList();
    }
}

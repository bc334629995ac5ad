package io.github.postmortems.settings;

import io.github.postmortems.jira.JiraSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsCheckTest {

    private static final Set<String> LINKS = Set.of("0b1e4c6a-1111-3333-8888-5e2f0a9c7d11");
    private static final String SECRET = "k3Jv9_Qx-2mN8pL4tR7wZ1yB5cD0eF6g";

    private static SettingsForm tokenForm(String baseUrl, String token) {
        return new SettingsForm("token", "", baseUrl, token, "OPS", "Task",
                Map.of("P1", "Highest", "P2", "High", "P3", "", "P4", " Low "), "15", SECRET);
    }

    private static JiraSettings savedToken(String baseUrl, String token) {
        return new JiraSettings(new JiraSettings.Connection.Token(URI.create(baseUrl), token), "OPS", "Task",
                Map.of(), Duration.ofMinutes(10), "");
    }

    private static JiraSettings valid(SettingsCheck.Outcome outcome) {
        return assertInstanceOf(SettingsCheck.Outcome.Valid.class, outcome, outcome::toString).settings();
    }

    private static List<FieldProblem> problems(SettingsCheck.Outcome outcome) {
        return assertInstanceOf(SettingsCheck.Outcome.Invalid.class, outcome, outcome::toString).problems();
    }

    private static List<String> keys(SettingsCheck.Outcome outcome) {
        return problems(outcome).stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aCompleteTokenFormBecomesSettingsWithTrimmedValuesAndOnlyTheNamedPriorities() {
        JiraSettings settings = valid(SettingsCheck.check(tokenForm("https://jira.example.com/", "pat-123"),
                JiraSettings.unconfigured(), LINKS));

        assertEquals(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"), "pat-123"),
                settings.connection());
        assertEquals("OPS", settings.projectKey());
        assertEquals(Map.of("P1", "Highest", "P2", "High", "P4", "Low"), settings.priorities());
        assertEquals(Duration.ofMinutes(15), settings.syncInterval());
        assertEquals(SECRET, settings.webhookSecret());
    }

    @Test
    void aBlankTokenKeepsTheSavedOneForTheSameJira() {
        JiraSettings settings = valid(SettingsCheck.check(tokenForm("https://jira.example.com/", ""),
                savedToken("https://jira.example.com", "saved-pat"), LINKS));

        assertEquals("saved-pat", ((JiraSettings.Connection.Token) settings.connection()).token());
    }

    @Test
    void aBlankTokenIsRefusedWhenTheJiraAddressChangedSoATokenNeverGoesToAnotherServer() {
        SettingsCheck.Outcome outcome = SettingsCheck.check(tokenForm("https://evil.example.net", ""),
                savedToken("https://jira.example.com", "saved-pat"), LINKS);

        assertEquals(List.of("token postmortems.admin.error.token-for-new-address"), keys(outcome));
    }

    @Test
    void aBlankTokenWithNothingSavedIsRequired() {
        assertEquals(List.of("token postmortems.admin.error.token-required"),
                keys(SettingsCheck.check(tokenForm("https://jira.example.com", ""), JiraSettings.unconfigured(), LINKS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jira.example.com", "ftp://jira.example.com", "javascript:alert(1)", "https://",
            "https://jira.example.com/?x=1", "https://user:pw@jira.example.com", "http://exa mple.com", ""})
    void theBaseUrlMustBeAnHttpOrHttpsAddress(String typed) {
        assertEquals(List.of("baseUrl postmortems.admin.error.base-url"),
                keys(SettingsCheck.check(tokenForm(typed, "pat"), JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void httpAndAPathUnderAContextAreFine() {
        JiraSettings settings = valid(SettingsCheck.check(tokenForm("http://intranet:8080/jira//", "pat"),
                JiraSettings.unconfigured(), LINKS));

        assertEquals(URI.create("http://intranet:8080/jira"), ((JiraSettings.Connection.Token) settings.connection()).baseUrl());
    }

    @Test
    void aTokenWithSpacesIsRefused() {
        assertEquals(List.of("token postmortems.admin.error.token-format"),
                keys(SettingsCheck.check(tokenForm("https://jira.example.com", "pat with space"),
                        JiraSettings.unconfigured(), LINKS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1OPS", "OP-S", "ÖPS", "O P"})
    void projectKeysMustLookLikeJiraProjectKeys(String typed) {
        SettingsForm form = new SettingsForm("none", "", "", "", typed, "", Map.of(), "10", "");
        List<FieldProblem> problems = problems(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS));

        assertEquals(List.of(new FieldProblem("projectKey", "postmortems.admin.error.project-key-format",
                List.of(typed.strip()))), problems);
    }

    @Test
    void aLowerCaseProjectKeyIsTakenInUpperCase() {
        SettingsForm form = new SettingsForm("none", "", "", "", "ops_2", "", Map.of(), "10", "");

        assertEquals("OPS_2", valid(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)).projectKey());
    }

    @Test
    void aConnectionNeedsAProjectButNotBeingConnectedDoesNot() {
        SettingsForm connected = new SettingsForm("applink", LINKS.iterator().next(), "", "", "", "", Map.of(), "10", "");
        SettingsForm disconnected = new SettingsForm("none", "", "", "", "", "", Map.of(), "10", "");

        assertEquals(List.of("projectKey postmortems.admin.error.project-key-required"),
                keys(SettingsCheck.check(connected, JiraSettings.unconfigured(), LINKS)));
        assertInstanceOf(JiraSettings.Connection.None.class,
                valid(SettingsCheck.check(disconnected, JiraSettings.unconfigured(), LINKS)).connection());
    }

    @Test
    void anApplicationLinkMustBeOneConfluenceHas() {
        SettingsForm known = new SettingsForm("applink", LINKS.iterator().next(), "", "", "OPS", "", Map.of(), "10", "");
        SettingsForm unknown = new SettingsForm("applink", "not-a-link", "", "", "OPS", "", Map.of(), "10", "");

        assertEquals(new JiraSettings.Connection.ApplicationLink(LINKS.iterator().next()),
                valid(SettingsCheck.check(known, JiraSettings.unconfigured(), LINKS)).connection());
        assertEquals(List.of("applicationLinkId postmortems.admin.error.application-link"),
                keys(SettingsCheck.check(unknown, JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void anUnknownConnectionKindIsRefused() {
        SettingsForm form = new SettingsForm("carrier-pigeon", "", "", "", "OPS", "", Map.of(), "10", "");

        assertTrue(keys(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS))
                .contains("connection postmortems.admin.error.connection"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1.5", "ten", "", "10081", "99999999999999999999"})
    void theSyncIntervalIsAWholeNumberOfMinutesFromOneToAWeek(String typed) {
        SettingsForm form = new SettingsForm("none", "", "", "", "", "", Map.of(), typed, "");

        assertEquals(List.of(new FieldProblem("syncIntervalMinutes", "postmortems.admin.error.sync-interval",
                List.of("10080"))), problems(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void oneMinuteIsTheShortestInterval() {
        SettingsForm form = new SettingsForm("none", "", "", "", "", "", Map.of(), "1", "");

        assertEquals(Duration.ofMinutes(1), valid(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)).syncInterval());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "fifteen-chars-x", "sixteen chars ok", "sixteen/chars/ok", "s\u00e9cret-s\u00e9cret-s\u00e9cret"})
    void aWebhookSecretHasAtLeastSixteenUrlSafeCharacters(String typed) {
        SettingsForm form = new SettingsForm("none", "", "", "", "", "", Map.of(), "10", typed);

        assertEquals(List.of("webhookSecret postmortems.admin.error.secret"),
                keys(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void noWebhookSecretIsFineAndSwitchesTheWebhookOff() {
        SettingsForm form = new SettingsForm("none", "", "", "", "", "", Map.of(), "10", "");

        assertEquals("", valid(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)).webhookSecret());
    }

    @Test
    void namesLongerThanJiraAllowsAreRefusedPerField() {
        String longName = "x".repeat(256);
        SettingsForm form = new SettingsForm("none", "", "", "", "", longName, Map.of("P3", longName), "10", "");

        assertEquals(List.of("issueType postmortems.admin.error.too-long", "priorities.P3 postmortems.admin.error.too-long"),
                keys(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SettingsForm form = new SettingsForm("token", "", "nope", "", "1X", "", Map.of(), "0", "short");

        assertEquals(List.of("baseUrl postmortems.admin.error.base-url", "token postmortems.admin.error.token-required",
                        "projectKey postmortems.admin.error.project-key-format",
                        "syncIntervalMinutes postmortems.admin.error.sync-interval",
                        "webhookSecret postmortems.admin.error.secret"),
                keys(SettingsCheck.check(form, JiraSettings.unconfigured(), LINKS)));
    }

    @Test
    void theFormShowingSavedSettingsNeverCarriesTheToken() {
        SettingsForm shown = SettingsForm.showing(savedToken("https://jira.example.com", "saved-pat"));

        assertEquals("token", shown.connection());
        assertEquals("https://jira.example.com", shown.baseUrl());
        assertEquals("", shown.token());
        assertTrue(SettingsForm.tokenSaved(savedToken("https://jira.example.com", "saved-pat")));
        assertTrue(!tokenForm("https://jira.example.com", "pat-123").toString().contains("pat-123"));
    }
}

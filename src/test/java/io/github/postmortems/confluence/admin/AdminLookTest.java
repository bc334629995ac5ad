package io.github.postmortems.confluence.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.postmortems.look.Browser;
import io.github.postmortems.look.BrowserPage;
import io.github.postmortems.look.Chromium;
import io.github.postmortems.look.LookEnvironment;
import io.github.postmortems.look.LookPage;
import io.github.postmortems.look.Theme;
import io.github.postmortems.confluence.rest.admin.AdminSettingsResource;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.SettingsForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings page as an administrator sees it, in headless Chromium with AUI's CSS, our stylesheet and our script,
 * light and dark: saved with a token, first visit (nothing saved), after a refused save (errors beside the fields),
 * and the refusal. The script runs against a stubbed fetch; one test drives it like an admin would.
 */
class AdminLookTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/css/postmortems-admin.css");
    private static final Path SCRIPT = Path.of("src/main/resources/js/postmortems-admin.js");

    @RegisterExtension
    static final Browser headless = Browser.withAui();

    /** The servlet's page body as the admin decorator would place it, with our script loaded from the source tree. */
    private static String body(AdminFixture fixture, String afterScript) {
        StringBuilder html = new StringBuilder();
        Document page = Jsoup.parse(fixture.renderer.render(AdminServlet.PAGE_TEMPLATE,
                Map.of("page", fixture.pages().page())));
        page.select("script").remove();
        html.append(page.body().html())
                .append("\n<script>window.PostmortemsAdminFetch = function () {")
                .append(" return Promise.reject(new Error('no server in look tests')); };</script>\n")
                .append("<script src=\"").append(SCRIPT.toAbsolutePath().toUri()).append("\"></script>\n")
                .append(afterScript);
        return html.toString();
    }

    private static LookPage page(String title, String body) {
        return LookPage.titled(title).withSidebarCollapsed().stylesheet(STYLESHEET).fragment(body);
    }

    @Test
    void savedWithATokenReadsWellInLightAndDark() {
        AdminFixture fixture = new AdminFixture().savedWithToken();

        headless.look().assertLooksRight("admin-saved", page("Confluence administration", body(fixture, "")));
    }

    @Test
    void aFirstVisitShowsTheChoicesAndSaysTheWebhookNeedsASecret() {
        headless.look().assertLooksRight("admin-first-visit",
                page("Confluence administration", body(new AdminFixture(), "")));
    }

    @Test
    void aRefusedSaveShowsEachProblemBesideItsField() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String refused = """
                <script>
                (function () {
                  var form = document.getElementById('pm-admin-form');
                  var left = PostmortemsAdmin.showErrors(form, {
                    projectKey: '\\u201c1OPS\\u201d is not a Jira project key: a letter, then letters, digits or underscores, for example OPS.',
                    syncIntervalMinutes: 'A whole number of minutes from 1 to 10080.',
                    webhookSecret: 'At least 16 characters, only letters, digits and - _ . ~ \\u2013 or press Generate.'});
                  PostmortemsAdmin.showMessage(document.querySelector('.pm-admin__message'), 'error',
                    'Nothing was saved. Correct the fields marked below.', left);
                  PostmortemsAdmin.showMessage(document.querySelector('.pm-admin__test-result'), 'error',
                    'Jira could not be reached: connect timed out after 10 s (jira.example.com:443)');
                }());
                </script>""";

        headless.look().assertLooksRight("admin-errors", page("Confluence administration", body(fixture, refused)));
    }

    @Test
    void theRefusalReadsWell() {
        AdminFixture fixture = new AdminFixture();
        Document refused = Jsoup.parse(fixture.renderer.render(AdminServlet.REFUSAL_TEMPLATE,
                Map.of("refusal", fixture.pages().refusal())));

        headless.look().assertLooksRight("admin-refused", page("Confluence administration", refused.body().html()));
    }

    @Test
    void savingSendsTheFormAsJsonAndPutsEachProblemBesideItsField() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String stub = """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, headers: options.headers, body: options.body});
                  var answer = {message: 'Nothing was saved. Correct the fields marked below.',
                                errors: {projectKey: 'Not a project key.', 'priorities.P2': 'At most 255 characters.'}};
                  return Promise.resolve({status: 400, json: function () { return Promise.resolve(answer); }});
                };
                </script>""";
        String html = body(fixture, "").replace("<script>window.PostmortemsAdminFetch", stub + "<script>window.unused");
        Path file = page("Saving", html).write(LookEnvironment.targetDirectory().resolve("look"), "admin-saving", Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.getElementById('pm-projectKey').value = '1ops'; PostmortemsAdmin.page.save()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/settings", sent.get("url").getAsString());
            assertEquals("PUT", sent.get("method").getAsString());
            assertEquals("no-check", sent.getAsJsonObject("headers").get("X-Atlassian-Token").getAsString());
            assertEquals("application/json", sent.getAsJsonObject("headers").get("Content-Type").getAsString());
            JsonObject form = com.google.gson.JsonParser.parseString(sent.get("body").getAsString()).getAsJsonObject();
            assertEquals("token", form.get("connection").getAsString());
            assertEquals("1ops", form.get("projectKey").getAsString());
            assertEquals("", form.get("token").getAsString());
            assertEquals("High", form.getAsJsonObject("priorities").get("P2").getAsString());
            assertEquals("10", form.get("syncIntervalMinutes").getAsString());
            assertEquals(AdminFixture.SECRET, form.get("webhookSecret").getAsString());
            assertEquals(SettingsForm.class.getRecordComponents().length + 1, form.size(), form.toString());
            JsonObject incident = form.getAsJsonObject("incident");
            assertEquals(IncidentForm.class.getRecordComponents().length, incident.size(), incident.toString());
            assertEquals("Highest", incident.getAsJsonArray("severities").get(0).getAsJsonObject()
                    .get("value").getAsString());
            assertEquals("OPS", incident.get("tokenProjects").getAsString());

            assertEquals("Not a project key.", text(tab, ".error[data-field='projectKey']"));
            assertEquals("At most 255 characters.", text(tab, ".error[data-field='priorities.P2']"));
            assertEquals("true", text(tab, "#pm-projectKey", "getAttribute('aria-invalid')"));
            assertEquals("Nothing was saved. Correct the fields marked below.", text(tab, ".pm-admin__message .aui-message-error"));
            JsonElement hidden = tab.evaluate("document.querySelector('[data-connection=applink]').hidden");
            assertTrue(hidden.getAsBoolean(), "the application link fields hide while the token connection is chosen");
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
    }

    /** What the connection test answers when Jira is reached but creating issues would fail, as the resource says it. */
    private static final String TESTED = """
            {ok: false, connected: true,
             message: 'Connected to Company Jira (Jira 9.12.4) as Postmortems bot (svc-postmortems). Creating issues with these values would fail:',
             problems: ['Priority mapping P1 \\u2192 Blocker: Jira has no priority Blocker.',
                        'The create screen of OPS / Task requires Components, which the app does not fill.',
                        'Due date is not on the create screen of OPS / Task: countermeasures with a due date cannot become issues.'],
             errors: {'priorities.P1': 'Priority mapping P1 \\u2192 Blocker: Jira has no priority Blocker.',
                      issueType: 'The create screen of OPS / Task requires Components, which the app does not fill.'},
             choices: {projects: [{id: '10000', key: 'OPS', name: 'Operations'}, {id: '10001', key: 'WEB', name: 'Web <shop> & more'}],
                       issueTypes: ['Task', 'Bug'], priorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest']}}""";

    @Test
    void testingSendsTheUnsavedFormOnlyAndOffersJirasChoices() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String stub = """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, body: options.body});
                  var answer = %s;
                  return Promise.resolve({status: 200, json: function () { return Promise.resolve(answer); }});
                };
                </script>""".formatted(TESTED);
        String html = body(fixture, "").replace("<script>window.PostmortemsAdminFetch", stub + "<script>window.unused");
        Path file = page("Testing", html).write(LookEnvironment.targetDirectory().resolve("look"), "admin-testing",
                Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("document.getElementById('pm-syncIntervalMinutes').value = 'ten'; "
                    + "document.getElementById('pm-priority-P1').value = 'Blocker'; PostmortemsAdmin.page.test()");
            assertEquals(1, tab.evaluate("window.sent.length").getAsInt(), "testing saves nothing first");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/connection-test", sent.get("url").getAsString());
            assertEquals("POST", sent.get("method").getAsString());
            JsonObject form = com.google.gson.JsonParser.parseString(sent.get("body").getAsString()).getAsJsonObject();
            assertEquals("Blocker", form.getAsJsonObject("priorities").get("P1").getAsString());
            assertEquals("", form.get("token").getAsString(), "a blank token means the saved one");

            assertEquals("Priority mapping P1 \u2192 Blocker: Jira has no priority Blocker.",
                    text(tab, ".error[data-field='priorities.P1']"));
            assertEquals(4, tab.evaluate("document.querySelectorAll('.pm-admin__test-result .aui-message-warning p').length")
                    .getAsInt());
            assertEquals("WEB", text(tab, "#pm-project-choices option:nth-child(2)", "value"));
            assertEquals("Web <shop> & more", text(tab, "#pm-project-choices option:nth-child(2)", "label"));
            assertEquals(0, tab.evaluate("document.querySelectorAll('#pm-project-choices shop').length").getAsInt());
            assertEquals(5, tab.evaluate("document.querySelectorAll('#pm-priority-choices option').length").getAsInt());
            assertEquals("pm-priority-choices", text(tab, "#pm-priority-P4", "getAttribute('list')"));
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
    }

    @Test
    void theTestsFindingsReadWellBesideTheirFields() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String shown = """
                <script>
                (function () {
                  var answer = %s;
                  var form = document.getElementById('pm-admin-form');
                  PostmortemsAdmin.showErrors(form, answer.errors);
                  PostmortemsAdmin.showMessage(document.querySelector('.pm-admin__test-result'), 'warning',
                    answer.message, answer.problems);
                  PostmortemsAdmin.offerChoices(form, answer.choices);
                }());
                </script>""".formatted(TESTED);

        headless.look().assertLooksRight("admin-tested", page("Confluence administration", body(fixture, shown)));
    }

    @Test
    void rebuildingTheIndexPostsAndShowsTheProgress() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String stub = """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method});
                  var answer = {state: 'RUNNING', done: 40, total: 120, failed: 1,
                                startedAt: '2026-11-20T09:00:00Z', finishedAt: null};
                  return Promise.resolve({status: 202, json: function () { return Promise.resolve(answer); }});
                };
                window.setTimeout = function () {};
                </script>""";
        String html = body(fixture, "").replace("<script>window.PostmortemsAdminFetch", stub + "<script>window.unused");
        Path file = page("Rebuilding", html).write(LookEnvironment.targetDirectory().resolve("look"), "admin-rebuild",
                Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate("PostmortemsAdmin.page.rebuild()");
            JsonObject sent = tab.evaluate("window.sent[0]").getAsJsonObject();
            assertEquals("/confluence/rest/postmortems/1.0/admin/index-rebuild", sent.get("url").getAsString());
            assertEquals("POST", sent.get("method").getAsString());
            assertEquals("Rebuilding: 40 of 120 pages, 1 failed.", text(tab, ".pm-admin__rebuild-progress"));
            assertTrue(tab.evaluate("document.querySelector('.pm-admin__rebuild-button').disabled").getAsBoolean(),
                    "no second start while one runs");
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
    }

    @Test
    void theMappingProblemsReadWellBesideTheirFields() {
        AdminFixture fixture = new AdminFixture().savedWithToken();
        String refused = """
                <script>
                (function () {
                  var form = document.getElementById('pm-admin-form');
                  var left = PostmortemsAdmin.showErrors(form, {
                    'incident.severityField': '\u201cSeverity level\u201d is not a Jira field id: enter the id, such as customfield_10200, not the field\u2019s name.',
                    'incident.severities': '\u201cSev 1\u201d is mapped twice: keep one row. Choose SEV1, SEV2, SEV3 or SEV4 for \u201cSev 5\u201d.',
                    'incident.endField': 'End from field: Outage day (customfield_10302) holds values of type date, not a date and time.',
                    'incident.tokenProjects': 'Projects a token may read: project NOPE does not exist or the token\u2019s Jira user cannot see it.'});
                  PostmortemsAdmin.showMessage(document.querySelector('.pm-admin__message'), 'error',
                    'Nothing was saved. Correct the fields marked below.', left);
                  document.getElementById('pm-admin-incident').scrollIntoView();
                }());
                </script>""";

        headless.look().assertLooksRight("admin-incident-errors",
                page("Confluence administration", body(fixture, refused)));
    }

    /** Records what the page sends and answers as the settings resource would, from {@code answer}. */
    private static String recordingFetch(int status, String answer) {
        return """
                <script>
                window.sent = [];
                window.PostmortemsAdminFetch = function (url, options) {
                  window.sent.push({url: url, method: options.method, body: options.body});
                  var answer = %s;
                  return Promise.resolve({status: %d, json: function () { return Promise.resolve(answer); }});
                };
                </script>""".formatted(answer, status);
    }

    private static final String EDIT_ROWS = """
            (function () {
              var rows = document.querySelectorAll('.pm-admin__severity-row');
              rows[0].querySelector('input').value = 'P1 - Critical';
              rows[0].querySelector('select').value = 'SEV2';
              var trivial = Array.prototype.filter.call(rows, function (row) {
                return row.querySelector('input').value === 'Trivial'; })[0];
              trivial.querySelector('.pm-admin__remove-row').click();
              document.querySelector('.pm-admin__add-row').click();
              var added = document.querySelectorAll('.pm-admin__severity-row');
              added[added.length - 1].querySelector('input').value = 'Sev 0';
              added[added.length - 1].querySelector('select').value = 'SEV1';
              document.getElementById('pm-incident-tokenProjects').value = 'ops, inc';
              document.getElementById('pm-incident-startField').value = 'customfield_10300';
              return PostmortemsAdmin.page.save();
            }())""";

    @Test
    void editingAMappingRowAndSavingKeepsIt() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        String answer = "{message: 'Settings saved.', settings: {}, tokenSaved: true, webhookUrl: '',"
                + " incident: {tokenProjects: 'OPS, INC', startField: 'customfield_10300'}}";
        String html = body(fixture, "").replace("<script>window.PostmortemsAdminFetch",
                recordingFetch(200, answer) + "<script>window.unused");
        Path file = page("Editing mappings", html).write(LookEnvironment.targetDirectory().resolve("look"),
                "admin-incident-editing", Theme.LIGHT);

        String sent;
        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate(EDIT_ROWS);
            sent = tab.evaluate("window.sent[0].body").getAsString();
            assertEquals("P1 - Critical", tab.evaluate(
                    "document.querySelector('.pm-admin__severity-row input').value").getAsString(),
                    "the page keeps what was typed");
            assertEquals("OPS, INC", tab.evaluate("document.getElementById('pm-incident-tokenProjects').value")
                    .getAsString(), "and shows the saved keys");
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }

        // What the page sent, through the real resource and store, shows in the page the next time it opens.
        Response saved = new AdminSettingsResource(fixture.access(), fixture.settings(), fixture.messages).save(sent);
        assertEquals(200, saved.getStatus(), String.valueOf(saved.getEntity()));
        Document reopened = Jsoup.parse(fixture.renderer.render(AdminServlet.PAGE_TEMPLATE,
                Map.of("page", fixture.pages().page())));
        List<String> rows = reopened.select(".pm-admin__severity-rows .pm-admin__severity-row").stream()
                .map(row -> row.selectFirst("input").val() + " "
                        + row.selectFirst("option[selected]").val()).toList();
        assertTrue(rows.contains("P1 - Critical SEV2"), rows.toString());
        assertTrue(rows.contains("Sev 0 SEV1"), rows.toString());
        assertFalse(rows.stream().anyMatch(row -> row.startsWith("Trivial")), rows.toString());
        assertFalse(rows.stream().anyMatch(row -> row.startsWith("Highest")), "the edited row replaced it");
        assertEquals("OPS, INC", reopened.getElementById("pm-incident-tokenProjects").val());
        assertEquals("customfield_10300", reopened.getElementById("pm-incident-startField").val());
    }

    @Test
    void aRefusedSaveLosesNothingTyped() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        String answer = "{message: 'Nothing was saved. Correct the fields marked below.',"
                + " errors: {'incident.startField': 'Not a field id.'}}";
        String html = body(fixture, "").replace("<script>window.PostmortemsAdminFetch",
                recordingFetch(400, answer) + "<script>window.unused");
        Path file = page("Refused mappings", html).write(LookEnvironment.targetDirectory().resolve("look"),
                "admin-incident-refused", Theme.LIGHT);

        try (BrowserPage tab = headless.chromium().newPage()) {
            tab.open(file);
            tab.evaluate(EDIT_ROWS.replace("'customfield_10300'", "'Incident start'"));

            assertEquals("Not a field id.", text(tab, ".error[data-field='incident.startField']"));
            assertEquals("true", text(tab, "#pm-incident-startField", "getAttribute('aria-invalid')"));
            assertEquals("Incident start", text(tab, "#pm-incident-startField", "value"));
            assertEquals("ops, inc", text(tab, "#pm-incident-tokenProjects", "value"));
            assertEquals("P1 - Critical", text(tab, ".pm-admin__severity-row input", "value"));
            assertEquals("Sev 0", tab.evaluate("Array.prototype.slice.call("
                    + "document.querySelectorAll('.pm-admin__severity-row input')).pop().value").getAsString());
            assertTrue(tab.problems().stream().noneMatch(p -> p.isError()), tab.problems().toString());
        }
        assertEquals(io.github.postmortems.incident.IncidentSettings.defaults("OPS"), fixture.incidents.load(),
                "nothing saved");
    }

    private static String text(BrowserPage tab, String selector) {
        return text(tab, selector, "textContent");
    }

    private static String text(BrowserPage tab, String selector, String property) {
        return tab.evaluate("document.querySelector(\"" + selector + "\")." + property).getAsString();
    }
}

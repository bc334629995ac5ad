package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.confluence.admin.ConnectionTest;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Test connection" on the form's unsaved values, against a fake Jira DC on loopback that keeps projects, issue
 * types, priorities, permissions and create screens: what it says, in the admin's language, and that it saves nothing.
 */
class ConnectionTestResourceTest {

    private final FakeJira jira = FakeJira.start().project("OPS", "Task", "Bug");

    @AfterEach
    void stop() {
        jira.close();
    }

    /** The form as the page sends it: a token connection to the fake Jira, OPS / Task, priorities mapped. */
    private Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("connection", "token");
        form.put("baseUrl", jira.baseUrl().toString());
        form.put("token", FakeJira.TOKEN);
        form.put("projectKey", "OPS");
        form.put("issueType", "Task");
        form.put("priorities", new LinkedHashMap<>(Map.of("P1", "Highest", "P2", "High", "P3", "Medium", "P4", "Low")));
        form.put("syncIntervalMinutes", "10");
        form.put("webhookSecret", "");
        return form;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> priorities(Map<String, Object> form) {
        return (Map<String, Object>) form.get("priorities");
    }

    private static JsonObject run(AdminFixture fixture, Map<String, Object> form, int status) {
        ConnectionTest test = new ConnectionTest(fixture.store, fixture.pages()::applicationLinkIds,
                ConnectionTest.Connector.through(fixture.applicationLinks), fixture.messages);
        Response response = new ConnectionTestResource(fixture.access(), test, fixture.messages)
                .run(AdminJson.GSON.toJson(form));
        assertEquals(status, response.getStatus());
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private static AdminFixture admin() {
        return new AdminFixture().signedInAs(AdminFixture.ADMIN);
    }

    private static List<String> strings(JsonElement array) {
        List<String> strings = new ArrayList<>();
        array.getAsJsonArray().forEach(e -> strings.add(e.getAsString()));
        return strings;
    }

    @Test
    void testsTheValuesAsTypedAndSavesNothing() {
        AdminFixture fixture = admin().savedWithToken();
        JiraSettings before = fixture.store.load();

        JsonObject answer = run(fixture, form(), 200);

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
        assertEquals("Connected to Fake Jira (Jira 9.12.2) as Postmortems Bot (postmortems-bot).",
                answer.get("message").getAsString());
        assertEquals(List.of(), strings(answer.get("problems")));
        assertEquals(before, fixture.store.load());
        assertEquals("CREATE_ISSUES", jira.last(Endpoint.MY_PERMISSIONS).query().get("permissions"));
        assertEquals("OPS", jira.last(Endpoint.MY_PERMISSIONS).query().get("projectKey"));
        assertEquals(0, jira.requests(Endpoint.CREATE_ISSUE), "a test creates nothing");
    }

    @Test
    void offersJirasProjectsIssueTypesAndPrioritiesAsChoices() {
        jira.project("WEB", "Story");

        JsonObject choices = run(admin(), form(), 200).getAsJsonObject("choices");

        JsonArray projects = choices.getAsJsonArray("projects");
        assertEquals("OPS", projects.get(0).getAsJsonObject().get("key").getAsString());
        assertEquals("Ops project", projects.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("WEB", projects.get(1).getAsJsonObject().get("key").getAsString());
        assertEquals(List.of("Bug", "Task"), strings(choices.get("issueTypes")).stream().sorted().toList());
        assertEquals(List.of("Highest", "High", "Medium", "Low", "Lowest"), strings(choices.get("priorities")));
    }

    @Test
    void aHalfTypedFieldInAnotherSectionDoesNotStopTheTest() {
        Map<String, Object> form = form();
        form.put("syncIntervalMinutes", "ten");
        form.put("webhookSecret", "short");

        JsonObject answer = run(admin(), form, 200);

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
    }

    @Test
    void aBlankTokenMeansTheSavedOne() {
        Map<String, Object> form = form();
        form.put("token", "");

        JsonObject answer = run(admin().savedWithToken(jira.baseUrl(), FakeJira.TOKEN), form, 200);

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
    }

    @Test
    void aBlankTokenIsNeverSentToAnotherJira() {
        Map<String, Object> form = form();
        form.put("token", "");

        JsonObject answer = run(admin().savedWithToken(), form, 200);

        assertFalse(answer.get("connected").getAsBoolean());
        assertEquals("Nothing was tested. Correct the fields marked below.", answer.get("message").getAsString());
        assertEquals("The Jira address changed: enter the token for the new address.",
                answer.getAsJsonObject("errors").get("token").getAsString());
        assertEquals(0, jira.requests());
    }

    @Test
    void namesEachProblemOfTheCreateScreenAndThePriorityMapping() {
        jira.requireOnCreate("OPS", "components", "Components").hideFromCreateScreen("duedate");
        Map<String, Object> form = form();
        priorities(form).put("P1", "Blocker");

        JsonObject answer = run(admin(), form, 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertTrue(answer.get("connected").getAsBoolean());
        assertEquals("Connected to Fake Jira (Jira 9.12.2) as Postmortems Bot (postmortems-bot). Creating issues with "
                + "these values would fail:", answer.get("message").getAsString());
        assertEquals(List.of("Priority mapping P1 \u2192 Blocker: Jira has no priority Blocker.",
                "The create screen of OPS / Task requires Components, which the app does not fill.",
                "Due date is not on the create screen of OPS / Task: countermeasures with a due date cannot become "
                        + "issues."), strings(answer.get("problems")));
        assertEquals("Priority mapping P1 \u2192 Blocker: Jira has no priority Blocker.",
                answer.getAsJsonObject("errors").get("priorities.P1").getAsString());
    }

    @Test
    void anUnknownProjectIsNamed() {
        Map<String, Object> form = form();
        form.put("projectKey", "NOPE");

        JsonObject answer = run(admin(), form, 200);

        assertEquals(List.of("Project NOPE does not exist or you cannot see it."), strings(answer.get("problems")));
        assertEquals("Project NOPE does not exist or you cannot see it.",
                answer.getAsJsonObject("errors").get("projectKey").getAsString());
    }

    @Test
    void aUserWhoMayNotCreateInTheProjectIsNamed() {
        jira.denyCreateIssues("OPS");

        JsonObject answer = run(admin(), form(), 200);

        assertEquals(List.of("The Jira user postmortems-bot may not create issues in OPS."),
                strings(answer.get("problems")));
    }

    @Test
    void anIssueTypeTheProjectLacksIsNamedAndItsTypesOffered() {
        Map<String, Object> form = form();
        form.put("issueType", "Story");

        JsonObject answer = run(admin(), form, 200);

        assertEquals(List.of("Issue type Story is not available in OPS."), strings(answer.get("problems")));
        assertEquals(List.of("Bug", "Task"),
                strings(answer.getAsJsonObject("choices").get("issueTypes")).stream().sorted().toList());
    }

    @Test
    void aRefusedTokenIsSaidPlainlyInTheAdminsLanguage() {
        Map<String, Object> form = form();
        form.put("token", "not-the-token");

        JsonObject answer = run(new AdminFixture(BundleMessages.of("de")).signedInAs(AdminFixture.ADMIN), form, 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertFalse(answer.get("connected").getAsBoolean());
        assertEquals("Jira hat die Anmeldedaten nicht akzeptiert: Das Token wird nicht akzeptiert, oder der "
                + "Anwendungs-Link kann ohne Benutzer nicht handeln.", answer.get("message").getAsString());
    }

    @Test
    void withoutAConnectionItAsksForOneAndCallsNoJira() {
        Map<String, Object> form = form();
        form.put("connection", "none");

        JsonObject answer = run(admin(), form, 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertEquals("Choose an application link, or enter Jira\u2019s address and a token.",
                answer.get("message").getAsString());
        assertEquals(0, jira.requests());
    }

    @Test
    void anUnreadableFormIsRefused() {
        AdminFixture fixture = admin();
        ConnectionTest test = new ConnectionTest(fixture.store, fixture.pages()::applicationLinkIds,
                ConnectionTest.Connector.through(fixture.applicationLinks), fixture.messages);

        Response response = new ConnectionTestResource(fixture.access(), test, fixture.messages).run("[1, 2");

        assertEquals(400, response.getStatus());
        assertEquals(0, jira.requests());
    }

    @Test
    void onlyAdministratorsMayTest() {
        JsonObject refused = run(new AdminFixture().signedInAs(AdminFixture.USER), form(), 403);

        assertTrue(refused.has("message"));
        run(new AdminFixture().signedInAs(null), form(), 401);
        assertEquals(0, jira.requests());
    }
}

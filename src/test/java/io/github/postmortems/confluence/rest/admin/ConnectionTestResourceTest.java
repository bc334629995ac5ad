package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.jira.Delivery;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraResponse;
import io.github.postmortems.jira.JiraTransport;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Test connection" over a JiraClient whose transport answers as Jira DC would (scripted per path). */
class ConnectionTestResourceTest {

    private static final String SERVER_INFO = """
            {"baseUrl":"https://jira.example.com","version":"9.12.4","deploymentType":"Server",
             "serverTitle":"Company Jira"}""";
    private static final String MYSELF = """
            {"name":"svc-postmortems","key":"JIRAUSER10100","displayName":"Postmortems bot",
             "emailAddress":"svc@example.com","active":true}""";

    private final List<String> asked = new ArrayList<>();

    private JiraConnections answering(JiraTransport transport) {
        return new JiraConnections() {
            @Override
            public JiraClient forCurrentUser() {
                throw new AssertionError("the test uses the identity the sync job uses");
            }

            @Override
            public JiraClient forBackground() {
                return new JiraClient(request -> {
                    asked.add(request.pathAndQuery());
                    return transport.send(request);
                });
            }
        };
    }

    private static JiraTransport jira(int myselfStatus, String myselfBody) {
        return request -> request.pathAndQuery().startsWith("/rest/api/2/serverInfo")
                ? JiraResponse.of(200, SERVER_INFO) : JiraResponse.of(myselfStatus, myselfBody);
    }

    private JsonObject run(AdminFixture fixture, JiraConnections connections, int status) {
        Response response = new ConnectionTestResource(fixture.access(), fixture.store, connections, fixture.messages).run();
        assertEquals(status, response.getStatus());
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    @Test
    void reportsWhichJiraAnsweredAndWhoWeAreThere() {
        JsonObject answer = run(new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken(),
                answering(jira(200, MYSELF)), 200);

        assertTrue(answer.get("ok").getAsBoolean());
        assertEquals("Connected to Company Jira (Jira 9.12.4) as Postmortems bot (svc-postmortems).",
                answer.get("message").getAsString());
        assertEquals(List.of("/rest/api/2/serverInfo", "/rest/api/2/myself"), asked);
    }

    @Test
    void aRefusedTokenIsSaidPlainlyInTheAdminsLanguage() {
        JsonObject answer = run(new AdminFixture(BundleMessages.of("de")).signedInAs(AdminFixture.ADMIN).savedWithToken(),
                answering(jira(401, "{\"errorMessages\":[\"Unauthorized\"]}")), 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertEquals("Jira hat die Anmeldedaten nicht akzeptiert: Das Token wird nicht akzeptiert, oder der "
                + "Anwendungs-Link kann ohne Benutzer nicht handeln.", answer.get("message").getAsString());
    }

    @Test
    void aForbiddenUserIsToldApartFromABadToken() {
        JsonObject answer = run(new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken(),
                answering(jira(403, "{\"errorMessages\":[\"Forbidden\"]}")), 200);

        assertEquals("Jira accepted the credentials but refuses that user access. Check the Jira user\u2019s permissions.",
                answer.get("message").getAsString());
    }

    @Test
    void anUnreachableJiraIsReportedWithItsReason() {
        JsonObject answer = run(new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken(),
                answering(request -> {
                    throw new JiraUnavailable("connection refused by jira.example.com:443", Delivery.NOT_SENT);
                }), 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertEquals("Jira could not be reached: connection refused by jira.example.com:443",
                answer.get("message").getAsString());
    }

    @Test
    void withNothingSavedItAsksForAConnectionFirstAndCallsNoJira() {
        JsonObject answer = run(new AdminFixture().signedInAs(AdminFixture.ADMIN), answering(jira(200, MYSELF)), 200);

        assertFalse(answer.get("ok").getAsBoolean());
        assertEquals("Choose an application link, or enter Jira\u2019s address and a token, and save first.",
                answer.get("message").getAsString());
        assertEquals(List.of(), asked);
    }

    @Test
    void onlyAdministratorsMayTest() throws JiraFailure {
        JsonObject refused = run(new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken(),
                answering(jira(200, MYSELF)), 403);

        assertTrue(refused.has("message"));
        assertEquals(List.of(), asked);
        run(new AdminFixture().signedInAs(null).savedWithToken(), answering(jira(200, MYSELF)), 401);
    }
}

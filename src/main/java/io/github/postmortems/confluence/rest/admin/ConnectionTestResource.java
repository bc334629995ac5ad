package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.confluence.admin.ConnectionTest;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code POST /rest/postmortems/1.0/admin/connection-test}: tries the saved Jira connection and answers 200 with
 * {@code ok} and a message in the admin's language, whichever way Jira answered. Administrators only.
 */
@Path("admin/connection-test")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionTestResource {

    private final AdminAccess access;
    private final ConnectionTest test;
    private final Messages messages;

    @Inject
    public ConnectionTestResource(AdminAccess access, JiraSettingsStore store, JiraConnections connections,
                                  Messages messages) {
        this.access = access;
        this.test = new ConnectionTest(store, connections, messages);
        this.messages = messages;
    }

    @POST
    public Response run() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(test.run()));
    }
}

package io.github.postmortems.confluence.rest.admin;

import com.atlassian.applinks.api.ApplicationLinkService;
import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.confluence.admin.AdminPages;
import io.github.postmortems.confluence.admin.ConnectionTest;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code POST /rest/postmortems/1.0/admin/connection-test} with the form's values as JSON (as the settings resource
 * reads them, the incident mappings in its member {@code incident}; nothing is saved): tries the connection, what
 * creating issues needs and whether the mappings fit this Jira, and answers 200 with
 * {@code ok}, a message, each problem and Jira's choices, in the admin's language, whichever way Jira answered.
 * Administrators only.
 */
@Path("admin/connection-test")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionTestResource {

    private final AdminAccess access;
    private final ConnectionTest test;
    private final Messages messages;

    @Inject
    public ConnectionTestResource(AdminAccess access, JiraSettingsStore store, AdminPages pages,
                                  ApplicationLinkService applicationLinks, Messages messages) {
        this(access, new ConnectionTest(store, pages::applicationLinkIds,
                ConnectionTest.Connector.through(applicationLinks), messages), messages);
    }

    ConnectionTestResource(AdminAccess access, ConnectionTest test, Messages messages) {
        this.access = access;
        this.test = test;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(String body) {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            SettingsForm form = AdminJson.read(body, SettingsForm.class);
            if (form == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            return AdminJson.ok(test.run(form, AdminJson.incident(body)));
        });
    }
}

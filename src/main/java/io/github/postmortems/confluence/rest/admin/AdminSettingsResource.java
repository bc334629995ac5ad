package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.confluence.admin.AdminSettings;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.settings.WebhookSecrets;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /rest/postmortems/1.0/admin/settings}: the Jira settings and the incident mappings (the form's member
 * {@code incident}) for the admin page. GET shows them (never the token), PUT checks and saves them (a blank token
 * keeps the saved one; a form without {@code incident} keeps the saved mappings), and POST {@code webhook-secret} makes a new
 * secret for the form (saved only with the form). Administrators only, checked here in code.
 */
@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    private final AdminAccess access;
    private final AdminSettings settings;
    private final Messages messages;
    private final WebhookSecrets secrets = new WebhookSecrets();

    @Inject
    public AdminSettingsResource(AdminAccess access, AdminSettings settings, Messages messages) {
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    @GET
    public Response show() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(settings.current()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            SettingsForm form = AdminJson.read(body, SettingsForm.class);
            if (form == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            AdminSettings.Saved saved = settings.save(form, AdminJson.incident(body));
            if (saved instanceof AdminSettings.Saved.Refused refused) {
                return AdminJson.json(Response.Status.BAD_REQUEST,
                        Map.of("message", refused.message(), "errors", refused.errors()));
            }
            AdminSettings.Saved.Done done = (AdminSettings.Saved.Done) saved;
            return AdminJson.json(Response.Status.OK, Map.of("message", done.message(),
                    "settings", done.shown().settings(), "incident", done.shown().incident(),
                    "tokenSaved", done.shown().tokenSaved(),
                    "webhookUrl", done.shown().webhookUrl()));
        });
    }

    @POST
    @Path("webhook-secret")
    public Response newWebhookSecret() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(Map.of("secret", secrets.generate())));
    }
}

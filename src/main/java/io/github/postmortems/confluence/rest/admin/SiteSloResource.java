package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /rest/postmortems/1.0/admin/slo}: the site's SLO policy ("Countermeasure SLO"), the default of every space
 * without its own. GET shows it as the form does; PUT checks and saves it. Administrators only.
 */
@Path("admin/slo")
@Produces(MediaType.APPLICATION_JSON)
public class SiteSloResource {

    private final AdminAccess access;
    private final SloPolicyStore store;
    private final Messages messages;

    @Inject
    public SiteSloResource(AdminAccess access, SloPolicyStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    @GET
    public Response show() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(SloPolicyForm.showing(store.site())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            SloJson.Typed typed = AdminJson.read(body, SloJson.Typed.class);
            if (typed == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            SloPolicyForm.Outcome outcome = typed.form().check();
            if (outcome instanceof SloPolicyForm.Outcome.Invalid invalid) {
                return SloJson.refused(invalid, messages);
            }
            store.saveSite(((SloPolicyForm.Outcome.Valid) outcome).policy());
            return AdminJson.json(Response.Status.OK, Map.of("message", messages.text("postmortems.slo.saved"),
                    "slo", SloPolicyForm.showing(store.site())));
        });
    }
}

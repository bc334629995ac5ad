package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code /rest/postmortems/1.0/admin/space/{spaceKey}/slo}: whether a space uses the site's SLO policy or its own, and
 * its own. GET shows it; PUT saves it ({@code own: false} uses the site's again, the days typed then unchecked and not
 * kept). Space administrators and Confluence administrators only.
 */
@Path("admin/space/{spaceKey}/slo")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceSloResource {

    private final SpaceAdminAccess access;
    private final SloPolicyStore store;
    private final Messages messages;
    private final SpaceOwnSetting<SloJson.Typed, SloPolicy> setting;

    @Inject
    public SpaceSloResource(SpaceAdminAccess access, SloPolicyStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
        this.setting = new SpaceOwnSetting<>(SloJson.Typed.class, SloJson.Typed::own, this::checked, store::saveSpace,
                "postmortems.slo.space-saved", this::shown);
    }

    /** The space's choice, and the policy it works by. */
    public record Shown(boolean own, SloPolicyForm slo, SloPolicyForm site) {
    }

    @GET
    public Response show(@PathParam("spaceKey") String spaceKey) {
        return setting.show(access, messages, spaceKey);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("spaceKey") String spaceKey, String body) {
        return setting.save(access, messages, spaceKey, body);
    }

    private SpaceOwnSetting.Checked<SloPolicy> checked(SloJson.Typed typed) {
        SloPolicyForm.Outcome outcome = typed.form().check();
        if (outcome instanceof SloPolicyForm.Outcome.Invalid invalid) {
            return new SpaceOwnSetting.Checked.Refused<>(SloJson.refused(invalid, messages));
        }
        return new SpaceOwnSetting.Checked.Kept<>(((SloPolicyForm.Outcome.Valid) outcome).policy());
    }

    private Shown shown(String spaceKey) {
        Optional<SloPolicy> own = store.space(spaceKey);
        SloPolicy site = store.site();
        return new Shown(own.isPresent(), SloPolicyForm.showing(own.orElse(site)), SloPolicyForm.showing(site));
    }
}

package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.settings.ApprovalRulesForm;
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
 * {@code /rest/postmortems/1.0/admin/space/{spaceKey}/review}: whether a space uses the site's approval rules or its
 * own, and its own. GET shows them; PUT saves them ({@code own: false} uses the site's again, the fields typed then
 * unchecked and not kept). Space administrators and Confluence administrators only.
 */
@Path("admin/space/{spaceKey}/review")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceReviewRulesResource {

    private final SpaceAdminAccess access;
    private final ApprovalRulesStore store;
    private final Messages messages;
    private final SpaceOwnSetting<ReviewRulesJson.Typed, ApprovalRules> setting;

    @Inject
    public SpaceReviewRulesResource(SpaceAdminAccess access, ApprovalRulesStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
        this.setting = new SpaceOwnSetting<>(ReviewRulesJson.Typed.class, ReviewRulesJson.Typed::own, this::checked, store::saveSpace,
                "postmortems.admin.review.space-saved", this::shown);
    }

    /** The space's choice, and the rules it works by. */
    public record Shown(boolean own, ApprovalRulesForm rules, ApprovalRulesForm site) {
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

    private SpaceOwnSetting.Checked<ApprovalRules> checked(ReviewRulesJson.Typed typed) {
        ApprovalRulesForm.Outcome outcome = typed.form().check();
        if (outcome instanceof ApprovalRulesForm.Outcome.Invalid invalid) {
            return new SpaceOwnSetting.Checked.Refused<>(ReviewRulesJson.refused(invalid, messages));
        }
        return new SpaceOwnSetting.Checked.Kept<>(((ApprovalRulesForm.Outcome.Valid) outcome).rules());
    }

    private Shown shown(String spaceKey) {
        Optional<ApprovalRules> own = store.space(spaceKey);
        ApprovalRules site = store.site();
        return new Shown(own.isPresent(), ApprovalRulesForm.showing(own.orElse(site)), ApprovalRulesForm.showing(site));
    }
}

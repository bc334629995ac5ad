package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.PluginSettingsJiraSettingsStore;
import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.SpaceSettings;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/postmortems/1.0/admin/space/{spaceKey}/jira}: the Jira project, issue type and priorities a space
 * chose for its countermeasures. GET shows the space's choice, the site's defaults and what applies; PUT saves the
 * space's choice (blank values use the site's). Space administrators and Confluence administrators only.
 */
@Path("admin/space/{spaceKey}/jira")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceSettingsResource {

    private final SpaceAdminAccess access;
    private final PluginSettingsJiraSettingsStore store;
    private final Messages messages;

    @Inject
    public SpaceSettingsResource(SpaceAdminAccess access, PluginSettingsJiraSettingsStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    /** What the space's settings page and the macro read: the space's own, the site's, and what applies. */
    public record Shown(String spaceKey, SpaceSettings space, Issues site, Issues applied) {
    }

    /** Where issues go: project, issue type, priority mapping. */
    public record Issues(String projectKey, String issueType, Map<String, String> priorities) {
        static Issues of(JiraSettings settings) {
            return new Issues(settings.projectKey(), settings.issueType(), settings.priorities());
        }
    }

    @GET
    public Response show(@PathParam("spaceKey") String spaceKey) {
        return refusal(spaceKey).orElseGet(() -> AdminJson.ok(shown(spaceKey)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("spaceKey") String spaceKey, String body) {
        return refusal(spaceKey).orElseGet(() -> {
            SpaceSettings typed = AdminJson.read(body, SpaceSettings.class);
            if (typed == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            // Gson leaves a record's absent members null; the constructor makes them blank.
            SpaceSettings space = new SpaceSettings(typed.projectKey(), typed.issueType(), typed.priorities());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : space.problems()) {
                errors.putIfAbsent(problem.field(), messages.text(problem.messageKey(), problem.arguments().toArray()));
            }
            if (!errors.isEmpty()) {
                return AdminJson.json(Response.Status.BAD_REQUEST,
                        Map.of("message", messages.text("postmortems.admin.status.invalid"), "errors", errors));
            }
            store.saveSpace(spaceKey, space);
            return AdminJson.json(Response.Status.OK, Map.of("message",
                    messages.text("postmortems.admin.space.saved", spaceKey), "settings", shown(spaceKey)));
        });
    }

    private Shown shown(String spaceKey) {
        JiraSettings site = store.load();
        SpaceSettings space = store.space(spaceKey);
        return new Shown(spaceKey, space, Issues.of(site), Issues.of(space.over(site)));
    }

    private Optional<Response> refusal(String spaceKey) {
        return refusal(access, messages, spaceKey);
    }

    /** Why the signed-in user may not see or change a space's settings; empty when they may. */
    static Optional<Response> refusal(SpaceAdminAccess access, Messages messages, String spaceKey) {
        return switch (access.current(spaceKey)) {
            case ALLOWED -> Optional.empty();
            case ANONYMOUS -> Optional.of(AdminJson.status(Response.Status.UNAUTHORIZED,
                    messages.text("postmortems.admin.refused.anonymous")));
            case NOT_SPACE_ADMIN -> Optional.of(AdminJson.status(Response.Status.FORBIDDEN,
                    messages.text("postmortems.admin.space.refused")));
            case NO_SUCH_SPACE -> Optional.of(AdminJson.status(Response.Status.NOT_FOUND,
                    messages.text("postmortems.admin.space.no-such-space", spaceKey)));
        };
    }
}

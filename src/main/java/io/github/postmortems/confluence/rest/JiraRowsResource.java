package io.github.postmortems.confluence.rest;

import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.DeletedIssues;
import io.github.postmortems.jira.RowChange;
import io.github.postmortems.jira.RowOutcome;
import io.github.postmortems.jira.TakeFromJira;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The board's actions on one row where page and Jira disagree: take Jira's due date or assignee into the page, and
 * for an issue Jira no longer has, unlink the row from it or create its issue again. Only people who may edit the
 * page may use them ({@link EditorGate}). Every answer carries a message in the user's language; a refusal changes
 * nothing.
 */
@Path("/pages/{pageId}/jira-rows/{rowId}")
@Produces(MediaType.APPLICATION_JSON)
public class JiraRowsResource {

    private final TakeFromJira take;
    private final DeletedIssues deleted;
    private final CreateJiraIssues create;
    private final PagePermissions permissions;
    private final Messages messages;

    @Inject
    public JiraRowsResource(TakeFromJira take, DeletedIssues deleted, CreateJiraIssues create,
                            PagePermissions permissions, Messages messages) {
        this.take = take;
        this.deleted = deleted;
        this.create = create;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** Writes Jira's value of {@code field} (due, owner) into the row. */
    @POST
    @Path("/from-jira")
    public Response fromJira(@PathParam("pageId") long pageId, @PathParam("rowId") String rowId,
                             @QueryParam("field") String field, @HeaderParam(EditorGate.XSRF_HEADER) String xsrf) {
        Optional<Response> refused = refusal(pageId, rowId, xsrf);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<TakeFromJira.Field> which = TakeFromJira.Field.parse(field);
        if (which.isEmpty()) {
            return JsonAnswers.status(400, messages.text("postmortems.jira.from-jira.bad-field"));
        }
        return answer(take.take(pageId, rowId, which.get(), messages));
    }

    /** Unlinks the row from an issue Jira no longer has. */
    @POST
    @Path("/unlink")
    public Response unlink(@PathParam("pageId") long pageId, @PathParam("rowId") String rowId,
                           @HeaderParam(EditorGate.XSRF_HEADER) String xsrf) {
        Optional<Response> refused = refusal(pageId, rowId, xsrf);
        return refused.orElseGet(() -> answer(deleted.unlink(pageId, rowId, messages)));
    }

    /** Unlinks the row from an issue Jira no longer has, then creates its issue as the button would. */
    @POST
    @Path("/create-again")
    public Response createAgain(@PathParam("pageId") long pageId, @PathParam("rowId") String rowId,
                                @HeaderParam(EditorGate.XSRF_HEADER) String xsrf) {
        Optional<Response> refused = refusal(pageId, rowId, xsrf);
        if (refused.isPresent()) {
            return refused.get();
        }
        RowChange unlinked = deleted.unlink(pageId, rowId, messages);
        if (!unlinked.changed()) {
            return answer(unlinked);
        }
        RowOutcome outcome = create.create(pageId, rowId, messages);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("changed", true);
        json.put("created", outcome.tracked());
        json.put("key", outcome.keyIfAny().map(Object::toString).orElse(null));
        // Unlinked either way; when the create failed the row waits for the button like any row not in Jira.
        json.put("message", messages.text(unlinked.message(), unlinked.args().toArray()) + " "
                + messages.text(outcome.message(), outcome.args().toArray()));
        return JsonAnswers.okWithNulls(json);
    }

    private Optional<Response> refusal(long pageId, String rowId, String xsrf) {
        if (rowId == null || !rowId.matches("[a-z0-9]{4,40}")) {
            return Optional.of(JsonAnswers.status(404, messages.text("postmortems.jira.outcome.no-such-row")));
        }
        return EditorGate.refusal(permissions, messages, pageId, xsrf);
    }

    private Response answer(RowChange change) {
        String message = messages.text(change.message(), change.args().toArray());
        return change.changed() ? JsonAnswers.ok(Map.of("changed", true, "message", message))
                : JsonAnswers.status(409, message);
    }
}

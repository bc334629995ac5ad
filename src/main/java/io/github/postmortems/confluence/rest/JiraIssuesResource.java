package io.github.postmortems.confluence.rest;

import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.RowOutcome;
import io.github.postmortems.jira.WriteBackJiraKeys;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Create Jira issues" button's endpoint. One row per request, so the button can show progress and each row's
 * result as it comes; then one write-back, so the page gets one new version for all the keys.
 *
 * <p>Only people who may edit the page may use it. Every call must carry {@code X-Atlassian-Token: no-check}: a
 * browser cannot add that header to a cross-site request, so a page elsewhere cannot make a user create issues.
 */
@Path("/pages/{pageId}/jira-issues")
@Produces(MediaType.APPLICATION_JSON)
public class JiraIssuesResource {

    static final String XSRF_HEADER = "X-Atlassian-Token";

    private final CreateJiraIssues create;
    private final WriteBackJiraKeys writeBack;
    private final PagePermissions permissions;
    private final Messages messages;

    @Inject
    public JiraIssuesResource(CreateJiraIssues create, WriteBackJiraKeys writeBack, PagePermissions permissions,
                              Messages messages) {
        this.create = create;
        this.writeBack = writeBack;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** The page's rows: which have an issue and which the button would create one for. */
    @GET
    public Response plan(@PathParam("pageId") long pageId) {
        if (!permissions.isCurrentPage(pageId)) {
            return notCurrent();
        }
        if (!permissions.mayEdit(pageId)) {
            return forbidden();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CreateJiraIssues.PlannedRow row : create.plan(pageId)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rowId", row.rowId());
            json.put("row", row.row());
            json.put("text", row.text());
            json.put("key", row.key() == null ? null : row.key().toString());
            rows.add(json);
        }
        return JsonAnswers.ok(Map.of("rows", rows));
    }

    /** Creates the issue of one row, or reports why not. */
    @POST
    @Path("/{rowId}")
    public Response createRow(@PathParam("pageId") long pageId, @PathParam("rowId") String rowId,
                              @HeaderParam(XSRF_HEADER) String xsrf) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        return JsonAnswers.ok(json(create.create(pageId, rowId, messages)));
    }

    /** Writes the keys created so far into the page. */
    @POST
    @Path("/write-back")
    public Response writeBack(@PathParam("pageId") long pageId, @HeaderParam(XSRF_HEADER) String xsrf) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        int written = writeBack.writeBack(pageId, messages);
        return JsonAnswers.ok(Map.of("written", written,
                "message", messages.text("postmortems.jira.rest.written", written)));
    }

    /** Every row, then the write-back: the whole button press in one call, for scripts and clients without JS. */
    @POST
    public Response createAll(@PathParam("pageId") long pageId, @HeaderParam(XSRF_HEADER) String xsrf) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (CreateJiraIssues.PlannedRow row : create.plan(pageId)) {
            outcomes.add(json(create.create(pageId, row.rowId(), messages)));
        }
        int written = writeBack.writeBack(pageId, messages);
        return JsonAnswers.ok(Map.of("rows", outcomes, "written", written));
    }

    private Response refuse(long pageId, String xsrf) {
        if (!"no-check".equals(xsrf)) {
            return JsonAnswers.status(403, messages.text("postmortems.jira.rest.xsrf"));
        }
        if (!permissions.isCurrentPage(pageId)) {
            return notCurrent();
        }
        return permissions.mayEdit(pageId) ? null : forbidden();
    }

    /** The id of an old version (or of a trashed page): a write-back there would land on history. */
    private Response notCurrent() {
        return JsonAnswers.status(404, messages.text("postmortems.jira.rest.not-current"));
    }

    private Response forbidden() {
        return JsonAnswers.status(403, messages.text("postmortems.jira.rest.forbidden"));
    }

    private Map<String, Object> json(RowOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rowId", outcome.rowId());
        json.put("row", outcome.row());
        json.put("kind", outcome.kind().name());
        json.put("key", outcome.keyIfAny().map(Object::toString).orElse(null));
        json.put("message", messages.text(outcome.message(), outcome.args().toArray()));
        json.put("notes", outcome.notes().stream().map(n -> messages.text(n.message(), n.args().toArray())).toList());
        json.put("tracked", outcome.tracked());
        json.put("retryable", outcome.retryable());
        return json;
    }
}

package io.github.postmortems.confluence.rest;

import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.RowOutcome;
import io.github.postmortems.jira.WriteBackJiraKeys;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import io.github.postmortems.jira.CreationLedger;
import io.github.postmortems.postmortem.IssueKey;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Create Jira issues" button's endpoint: the whole press in batches of at most {@value #MAX_PER_REQUEST}
 * creates per request (the button continues with the next batch and shows progress), or one row per request; each
 * key is written into the page right after its create. Issues created for rows that have since changed can be placed
 * into their row or released.
 *
 * <p>Only people who may edit the page may use it. Every call must carry {@code X-Atlassian-Token: no-check}: a
 * browser cannot add that header to a cross-site request, so a page elsewhere cannot make a user create issues.
 */
@Path("/pages/{pageId}/jira-issues")
@Produces(MediaType.APPLICATION_JSON)
public class JiraIssuesResource {

    static final String XSRF_HEADER = EditorGate.XSRF_HEADER;
    /** Creates per request: each may wait on Jira for seconds, and a request thread must not be held for minutes. */
    static final int MAX_PER_REQUEST = 20;

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
        List<Map<String, Object>> unplaced = new ArrayList<>();
        for (CreationLedger.Creation creation : create.unplaced(pageId).issues()) {
            unplaced.add(Map.of("key", creation.key().toString(), "message",
                    messages.text("postmortems.countermeasures.unplaced", creation.key().toString())));
        }
        return JsonAnswers.ok(Map.of("rows", rows, "unplaced", unplaced));
    }

    /** Writes an issue created for a row that has since changed into the row it belongs to now. */
    @POST
    @Path("/unplaced/{key}/place/{rowId}")
    public Response place(@PathParam("pageId") long pageId, @PathParam("key") String key,
                          @PathParam("rowId") String rowId, @HeaderParam(XSRF_HEADER) String xsrf) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        Optional<IssueKey> issue = IssueKey.parse(key);
        boolean placed = issue.isPresent() && rowId.matches("[a-z0-9]{4,40}")
                && create.place(pageId, issue.get(), rowId, messages);
        return placed ? JsonAnswers.ok(Map.of("placed", key))
                : JsonAnswers.status(409, messages.text("postmortems.jira.rest.not-unplaced", key));
    }

    /** Keeps an issue created for a row that has since changed out of the page for good. */
    @POST
    @Path("/unplaced/{key}/release")
    public Response release(@PathParam("pageId") long pageId, @PathParam("key") String key,
                            @HeaderParam(XSRF_HEADER) String xsrf) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        Optional<IssueKey> issue = IssueKey.parse(key);
        return issue.isPresent() && create.release(pageId, issue.get()) ? JsonAnswers.ok(Map.of("released", key))
                : JsonAnswers.status(409, messages.text("postmortems.jira.rest.not-unplaced", key));
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

    /**
     * The button press for scripts and the button itself, in batches: the rows from plan position {@code from} on,
     * creating at most {@value #MAX_PER_REQUEST} issues, then the write-back. The answer says where to go on
     * ({@code next}, null when done) and how many rows without an issue lie beyond it ({@code remaining}).
     */
    public Response createAll(long pageId, int from, String xsrf) {
        return createAll(pageId, from, xsrf, null);
    }

    /**
     * As above, for the rows the user left ticked in the button's dialog only: a JSON body {@code {"rows": [ids]}}
     * (no body: every row). A failure that is the same for every row (no connection, consent needed, a broken
     * connection) ends the press at once and comes back once, as {@code state}, instead of on each row.
     */
    @POST
    public Response createAll(@PathParam("pageId") long pageId, @QueryParam("from") @DefaultValue("0") int from,
                              @HeaderParam(XSRF_HEADER) String xsrf, String body) {
        Response refused = refuse(pageId, xsrf);
        if (refused != null) {
            return refused;
        }
        Optional<ChosenRows> chosen = ChosenRows.of(body);
        if (chosen.isEmpty()) {
            return JsonAnswers.status(400, messages.text("postmortems.jira.rest.bad-rows"));
        }
        List<CreateJiraIssues.PlannedRow> plan = create.plan(pageId);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        Map<String, Object> state = null;
        int position = Math.max(0, from);
        int attempted = 0;
        for (; position < plan.size() && attempted < MAX_PER_REQUEST && state == null; position++) {
            CreateJiraIssues.PlannedRow row = plan.get(position);
            if (row.key() == null && chosen.get().includes(row.rowId())) {
                attempted++;
                RowOutcome outcome = create.create(pageId, row.rowId(), messages);
                if (outcome.boardLevel()) {
                    state = state(outcome);
                } else {
                    outcomes.add(json(outcome));
                }
            }
        }
        long remaining = state != null ? 0 : plan.stream().skip(position)
                .filter(row -> row.key() == null && chosen.get().includes(row.rowId())).count();
        int written = writeBack.writeBack(pageId, messages);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", outcomes);
        answer.put("written", written);
        answer.put("next", remaining == 0 ? null : position);
        answer.put("remaining", remaining);
        answer.put("state", state);
        return JsonAnswers.okWithNulls(answer);
    }

    /**
     * The board-level state: {@code kind} NOT_CONFIGURED, CONSENT_NEEDED or CONFIG_ERROR, a message in the user's
     * language that never asks to press again, and for consent the page where it is given (http or https only).
     */
    private Map<String, Object> state(RowOutcome outcome) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", switch (outcome.kind()) {
            case NOT_CONFIGURED -> "NOT_CONFIGURED";
            case CONSENT_NEEDED -> "CONSENT_NEEDED";
            default -> "CONFIG_ERROR";
        });
        state.put("message", outcome.kind() == RowOutcome.Kind.CONSENT_NEEDED
                ? messages.text(outcome.message()) : messages.text(outcome.message(), outcome.args().toArray()));
        String link = outcome.kind() == RowOutcome.Kind.CONSENT_NEEDED && !outcome.args().isEmpty()
                ? outcome.args().get(0) : "";
        state.put("link", link.startsWith("https://") || link.startsWith("http://") ? link : null);
        return state;
    }

    private Response refuse(long pageId, String xsrf) {
        return EditorGate.refusal(permissions, messages, pageId, xsrf).orElse(null);
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

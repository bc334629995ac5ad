package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.CheckTypedIssues;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "Check Jira issues" button's endpoint: reads the keys typed into a page with the Jira identity of the person
 * pressing it, who must be allowed to edit the current version of the page, and tracks those they could read. Like the
 * create endpoint, every call must carry {@code X-Atlassian-Token: no-check}.
 */
@Path("/pages/{pageId}/jira-checks")
@Produces(MediaType.APPLICATION_JSON)
public class JiraChecksResource {

    private static final Logger LOG = LoggerFactory.getLogger(JiraChecksResource.class);

    private final CheckTypedIssues check;
    private final PagePermissions permissions;
    private final Messages messages;

    @Inject
    public JiraChecksResource(CheckTypedIssues check, PagePermissions permissions, Messages messages) {
        this.check = check;
        this.permissions = permissions;
        this.messages = messages;
    }

    @POST
    public Response check(@PathParam("pageId") long pageId,
                          @HeaderParam(JiraIssuesResource.XSRF_HEADER) String xsrf) {
        Optional<Response> refused = EditorGate.refusal(permissions, messages, pageId, xsrf,
                "postmortems.jira.rest.check-forbidden");
        if (refused.isPresent()) {
            return refused.get();
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null) {
            return JsonAnswers.status(403, messages.text("postmortems.jira.rest.check-forbidden"));
        }
        CheckTypedIssues.Outcome outcome;
        try {
            outcome = check.check(pageId, user.getKey().getStringValue());
        } catch (JiraFailure failure) {
            // The detail (Jira's address, its error page) is for the log; the person gets a message they can act on.
            LOG.warn("Checking the typed Jira keys of page {} failed: {}", pageId, failure.getMessage());
            return JsonAnswers.status(502, messages.text("postmortems.jira.check.failed"));
        }
        if (outcome.kind() == CheckTypedIssues.Kind.NO_PAGE) {
            return JsonAnswers.status(404, messages.text("postmortems.jira.rest.not-current"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", outcome.read().stream().map(IssueKey::toString).toList());
        json.put("unreadable", outcome.unreadable().stream().map(IssueKey::toString).toList());
        StringBuilder message = new StringBuilder();
        if (outcome.kind() == CheckTypedIssues.Kind.CANNOT_ACT_AS_USER) {
            message.append(messages.text("postmortems.jira.check.needs-link"));
        } else {
            message.append(messages.text("postmortems.jira.check.done", outcome.read().size()));
            if (!outcome.unreadable().isEmpty()) {
                message.append(' ').append(messages.text("postmortems.jira.check.unreadable",
                        outcome.unreadable().stream().map(IssueKey::toString).collect(Collectors.joining(", "))));
            }
        }
        json.put("message", message.toString());
        return JsonAnswers.ok(json);
    }
}

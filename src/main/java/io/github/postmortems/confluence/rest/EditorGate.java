package io.github.postmortems.confluence.rest;

import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.text.Messages;

import javax.ws.rs.core.Response;
import java.util.Optional;

/**
 * Who may change a page through the board's endpoints: people who may edit its current version, on a request that
 * carries {@code X-Atlassian-Token: no-check} (a browser cannot add that header to a cross-site request, so a page
 * elsewhere cannot make a user change this one).
 */
final class EditorGate {

    static final String XSRF_HEADER = "X-Atlassian-Token";

    private EditorGate() {
    }

    /** The answer refusing the request, or empty when it may go on. */
    static Optional<Response> refusal(PagePermissions permissions, Messages messages, long pageId, String xsrf) {
        return refusal(permissions, messages, pageId, xsrf, "postmortems.jira.rest.forbidden");
    }

    /** As above, telling someone who may not edit the page why in {@code forbidden}'s words. */
    static Optional<Response> refusal(PagePermissions permissions, Messages messages, long pageId, String xsrf,
                                      String forbidden) {
        if (!"no-check".equals(xsrf)) {
            return Optional.of(JsonAnswers.status(403, messages.text("postmortems.jira.rest.xsrf")));
        }
        if (!permissions.isCurrentPage(pageId)) {
            // The id of an old version (or of a trashed page): a write there would land on history.
            return Optional.of(JsonAnswers.status(404, messages.text("postmortems.jira.rest.not-current")));
        }
        return permissions.mayEdit(pageId) ? Optional.empty()
                : Optional.of(JsonAnswers.status(403, messages.text(forbidden)));
    }
}

package io.github.postmortems.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraWebhookEvent;
import io.github.postmortems.jira.ReconcileTrackedIssues;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * Receives Jira's webhooks ({@code jira:issue_updated}, {@code jira:issue_deleted}). Jira posts without a
 * Confluence login, so the resource is open and authenticates the shared secret itself: in the {@code secret} query
 * parameter of the URL pasted into Jira, or the {@code X-Postmortems-Secret} header. A wrong or missing secret is a
 * 401 and stores nothing; only issues we track are updated.
 */
@Path("/jira/webhook")
@UnrestrictedAccess
public class JiraWebhookResource {

    static final String SECRET_HEADER = "X-Postmortems-Secret";

    private final ReconcileTrackedIssues reconcile;
    private final JiraSettingsStore settings;

    @Inject
    public JiraWebhookResource(ReconcileTrackedIssues reconcile, JiraSettingsStore settings) {
        this.reconcile = reconcile;
        this.settings = settings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@QueryParam("secret") String querySecret, @HeaderParam(SECRET_HEADER) String headerSecret,
                            String body) {
        String expected = settings.load().webhookSecret();
        String given = headerSecret != null ? headerSecret : querySecret;
        if (expected.isEmpty() || given == null || !sameSecret(expected, given)) {
            return JsonAnswers.status(401, "The webhook secret is missing or wrong.");
        }
        Optional<JiraWebhookEvent> event = JiraWebhookEvent.parse(body);
        if (event.isEmpty()) {
            return JsonAnswers.status(400, "Not a Jira webhook payload.");
        }
        return JsonAnswers.ok(Map.of("updated", reconcile.apply(event.get())));
    }

    /** Compares digests, so the time taken says nothing about how much of the secret was right, nor its length. */
    static boolean sameSecret(String expected, String given) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha.digest(given.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

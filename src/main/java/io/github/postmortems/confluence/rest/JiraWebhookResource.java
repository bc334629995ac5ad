package io.github.postmortems.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.postmortems.jira.BoundedInput;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.jira.JiraWebhookEvent;
import io.github.postmortems.jira.WebhookHints;
import io.github.postmortems.settings.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Receives Jira's webhooks ({@code jira:issue_updated}, {@code jira:issue_deleted}) as hints: the issue they name is
 * queued to be re-read from Jira ({@link WebhookHints}); nothing in the body is stored. Jira posts without a
 * Confluence login, so the resource is open and authenticates the shared secret itself: Jira DC's HMAC signature
 * ({@code X-Hub-Signature}, for a webhook with a secret), or for Jira without signing the {@code secret} query
 * parameter or the {@code X-Postmortems-Secret} header. A plain secret is checked before a byte of the body is read;
 * a signature needs the body, read up to {@link #MAX_BODY_BYTES} and no further. The secret is never logged.
 */
@Path("/jira/webhook")
@UnrestrictedAccess
public class JiraWebhookResource {

    static final String SECRET_HEADER = "X-Postmortems-Secret";
    /** Jira's largest realistic {@code jira:issue_updated} with its changelog fits many times over. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(JiraWebhookResource.class);

    private final WebhookHints hints;
    private final JiraSettingsStore settings;

    @Inject
    public JiraWebhookResource(WebhookHints hints, JiraSettingsStore settings) {
        this.hints = hints;
        this.settings = settings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@QueryParam("secret") String querySecret, @HeaderParam(SECRET_HEADER) String headerSecret,
                            @HeaderParam(WebhookSignature.HEADER) String signature,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        String expected = settings.load().webhookSecret();
        String given = headerSecret != null ? headerSecret : querySecret;
        if (expected.isEmpty() || (given == null && signature == null)
                || (given != null && !WebhookSignature.sameSecret(expected, given))) {
            return refused();
        }
        if (declaredLength(contentLength) > MAX_BODY_BYTES) {
            return tooLarge();
        }
        Optional<JiraWebhookEvent> event;
        try {
            InputStream checked;
            if (signature == null) {
                checked = new BoundedInput(body, MAX_BODY_BYTES);
            } else {
                byte[] raw = BoundedInput.readAll(body, MAX_BODY_BYTES);
                if (!WebhookSignature.matches(expected, raw, signature)) {
                    return refused();
                }
                checked = new ByteArrayInputStream(raw);
            }
            event = JiraWebhookEvent.read(checked);
        } catch (BoundedInput.TooLarge tooLarge) {
            return tooLarge();
        } catch (IOException unreadable) {
            event = Optional.empty();
        }
        if (event.isEmpty()) {
            return JsonAnswers.status(400, "Not a Jira webhook payload.");
        }
        boolean queued = false;
        if (event.get() instanceof JiraWebhookEvent.IssueChanged changed) {
            try {
                queued = hints.offer(changed.key()) == WebhookHints.Offer.QUEUED;
            } catch (RuntimeException storeFailed) {
                // Answered here so the host does not log the request's address, which may carry the secret.
                LOG.warn("Could not queue the re-read of {} that Jira's webhook named", changed.key(), storeFailed);
                return JsonAnswers.status(503, "The hint could not be queued; the periodic sync will catch up.");
            }
        }
        return Response.accepted(JsonAnswers.GSON.toJson(Map.of("queued", queued)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response refused() {
        return JsonAnswers.status(401, "The webhook secret or signature is missing or wrong.");
    }

    private static Response tooLarge() {
        return JsonAnswers.status(413, "A Jira webhook payload is at most " + MAX_BODY_BYTES + " bytes.");
    }

    /** What the sender says it will send; -1 when it does not say (chunked) or says nonsense, then the read counts. */
    private static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}

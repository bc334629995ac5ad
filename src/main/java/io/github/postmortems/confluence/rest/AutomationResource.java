package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.postmortems.automation.AutomationOutcome;
import io.github.postmortems.automation.PageRef;
import io.github.postmortems.automation.PostmortemFromIncident;
import io.github.postmortems.blueprint.WizardMessages;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Jira Automation's "send web request" when an incident is resolved: {@code POST} a JSON object
 * {@code {"spaceKey":"OPS","incident":"OPS-42"}} (optionally {@code "timeZone":"Europe/Berlin"}) and the space gets
 * the incident's postmortem, once: 201 with the new page, 200 with the page an earlier call created. Authenticated
 * as any REST call (a personal access token, or basic auth); JSON bodies only, so a web page elsewhere cannot post
 * it from a signed-in browser (a cross-site form can only send form, multipart or plain-text bodies).
 */
@Path("/automation/postmortems")
@Produces(MediaType.APPLICATION_JSON)
public class AutomationResource {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationResource.class);
    /** Far more than the three short fields need. */
    static final int MAX_BODY = 16 * 1024;
    private static final int MAX_FIELD = 2_000;
    private static final int BUSY_RETRY_SECONDS = 5;

    private final PostmortemFromIncident postmortems;
    private final Messages messages;

    @Inject
    public AutomationResource(PostmortemFromIncident postmortems, Messages messages) {
        this.postmortems = postmortems;
        this.messages = messages;
    }

    private record Request(String spaceKey, String incident, ZoneId zone) {
    }

    @POST
    public Response create(@HeaderParam("Content-Type") String contentType, InputStream body) {
        if (AuthenticatedUserThreadLocal.get() == null) {
            return refusal(401, "anonymous", messages.text("postmortems.automation.refused.anonymous"));
        }
        if (!JsonBodies.isJson(contentType)) {
            return refusal(415, "content-type", messages.text("postmortems.automation.refused.content-type"));
        }
        Optional<String> text = JsonBodies.text(body, MAX_BODY);
        if (text.isEmpty()) {
            return refusal(413, "too-large", messages.text("postmortems.automation.refused.too-large",
                    MAX_BODY / 1024));
        }
        Optional<Request> request = parse(text.get());
        if (request.isEmpty()) {
            return refusal(400, "malformed", messages.text("postmortems.automation.refused.malformed"));
        }
        AutomationOutcome outcome;
        try {
            outcome = postmortems.create(request.get().spaceKey(), request.get().incident(), request.get().zone(),
                    messages);
        } catch (RuntimeException failed) {
            // The cause is for the log; the caller learns that nothing was kept and what to do.
            LOG.error("Creating the postmortem of {} in space {} failed", request.get().incident(),
                    request.get().spaceKey(), failed);
            return refusal(500, "failed", messages.text("postmortems.automation.refused.failed"));
        }
        return answer(outcome, request.get());
    }

    private Response answer(AutomationOutcome outcome, Request request) {
        String space = request.spaceKey();
        String incident = shown(request.incident());
        if (outcome instanceof AutomationOutcome.Created created) {
            return page(201, created.page(), true);
        }
        if (outcome instanceof AutomationOutcome.Existing existing) {
            return page(200, existing.page(), false);
        }
        if (outcome instanceof AutomationOutcome.Restricted) {
            return refusal(403, "page-restricted",
                    messages.text("postmortems.automation.refused.restricted", incident));
        }
        if (outcome instanceof AutomationOutcome.NotAKey) {
            return refusal(400, "not-a-key", messages.text("postmortems.automation.refused.not-a-key", incident));
        }
        if (outcome instanceof AutomationOutcome.UnknownSpace) {
            return refusal(404, "unknown-space",
                    messages.text("postmortems.automation.refused.unknown-space", shown(space)));
        }
        if (outcome instanceof AutomationOutcome.NotPermitted) {
            return refusal(403, "no-permission",
                    messages.text("postmortems.automation.refused.no-permission", shown(space)));
        }
        if (outcome instanceof AutomationOutcome.Invalid invalid) {
            return refusal(422, "invalid", WizardMessages.describe(invalid.errors(), messages));
        }
        if (outcome instanceof AutomationOutcome.Busy) {
            return Response.fromResponse(refusal(409, "busy",
                    messages.text("postmortems.automation.refused.busy", incident)))
                    .header("Retry-After", BUSY_RETRY_SECONDS).build();
        }
        DraftOutcome why = ((AutomationOutcome.IncidentUnavailable) outcome).why();
        if (why instanceof DraftOutcome.NotReadable notReadable) {
            return refusal(422, "incident-not-readable",
                    messages.text("postmortems.automation.refused.not-readable", notReadable.key().toString()));
        }
        if (why instanceof DraftOutcome.NotAllowed notAllowed) {
            return refusal(422, "incident-not-allowed",
                    messages.text("postmortems.automation.refused.not-allowed", notAllowed.key().projectKey()));
        }
        if (why instanceof DraftOutcome.ConsentNeeded) {
            return refusal(403, "jira-consent", messages.text("postmortems.automation.refused.consent"));
        }
        if (why instanceof DraftOutcome.NotConfigured) {
            return refusal(409, "jira-not-configured",
                    messages.text("postmortems.automation.refused.not-configured"));
        }
        if (why instanceof DraftOutcome.JiraUnreachable unreachable) {
            LOG.warn("Creating a postmortem from incident {}: Jira did not answer: {}", incident,
                    unreachable.reason());
            return refusal(502, "jira-unreachable", messages.text("postmortems.automation.refused.unreachable"));
        }
        return refusal(400, "not-a-key", messages.text("postmortems.automation.refused.not-a-key", incident));
    }

    private static Response page(int status, PageRef page, boolean created) {
        JsonObject json = new JsonObject();
        json.addProperty("pageId", page.id());
        json.addProperty("url", page.url());
        json.addProperty("created", created);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonAnswers.GSON.toJson(json))
                .build();
    }

    /** {@code {"error": "<code for scripts>", "message": "<one line in the caller's language>"}}. */
    private static Response refusal(int status, String code, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("error", code);
        json.addProperty("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonAnswers.GSON.toJson(json))
                .build();
    }


    /** One flat object; other members are skipped (without recursion: Gson's skipValue walks iteratively). */
    static Optional<Request> parse(String text) {
        String spaceKey = null;
        String incident = null;
        String timeZone = null;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return Optional.empty();
            }
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                JsonToken token = reader.peek();
                if (token != JsonToken.STRING) {
                    reader.skipValue();
                    continue;
                }
                String value = reader.nextString();
                switch (name) {
                    case "spaceKey" -> spaceKey = value.strip();
                    case "incident" -> incident = value.strip();
                    case "timeZone" -> timeZone = value.strip();
                    default -> {
                    }
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
        } catch (IOException | IllegalStateException malformed) {
            return Optional.empty();
        }
        if (spaceKey == null || spaceKey.isEmpty() || spaceKey.length() > 255 || incident == null
                || incident.isEmpty() || incident.length() > MAX_FIELD) {
            return Optional.empty();
        }
        Optional<ZoneId> zone = zone(timeZone);
        return zone.isEmpty() ? Optional.empty() : Optional.of(new Request(spaceKey, incident, zone.get()));
    }

    /** UTC when not given; empty (a malformed request) for a zone Java does not know. */
    private static Optional<ZoneId> zone(String timeZone) {
        if (timeZone == null || timeZone.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (timeZone.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static String shown(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) + "\u2026" : typed;
    }
}

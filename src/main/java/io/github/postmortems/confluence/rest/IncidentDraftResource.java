package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.github.postmortems.incident.DraftCountermeasure;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.incident.DraftRow;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.jira.JiraIncident;
import io.github.postmortems.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Fill from Jira" in the Create dialog: the draft of a postmortem from the incident issue, read as the signed-in
 * user. It reads only; still every call must carry {@code X-Atlassian-Token: no-check}, so another site cannot make a
 * signed-in browser spend that user's Jira requests. Refusals answer one line for the wizard to show.
 */
@Path("/wizard/incident-draft")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentDraftResource {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentDraftResource.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DraftFromIncident drafts;
    private final Messages messages;

    @Inject
    public IncidentDraftResource(DraftFromIncident drafts, Messages messages) {
        this.drafts = drafts;
        this.messages = messages;
    }

    /**
     * @param issue    a key or an issue's address, as typed
     * @param timeZone the zone the wizard shows times in; UTC when missing or unknown
     */
    @GET
    public Response draft(@QueryParam("issue") String issue, @QueryParam("timeZone") String timeZone,
                          @HeaderParam(JiraIssuesResource.XSRF_HEADER) String xsrf) {
        if (!"no-check".equals(xsrf)) {
            return JsonAnswers.status(403, messages.text("postmortems.jira.rest.xsrf"));
        }
        if (AuthenticatedUserThreadLocal.get() == null) {
            return JsonAnswers.status(401, messages.text("postmortems.incident.refused.not-readable", shown(issue)));
        }
        DraftOutcome outcome = drafts.draft(issue, messages);
        if (outcome instanceof DraftOutcome.Drafted drafted) {
            return JsonAnswers.ok(json(drafted.draft(), zone(timeZone)));
        }
        if (outcome instanceof DraftOutcome.NotReadable notReadable) {
            return JsonAnswers.status(404,
                    messages.text("postmortems.incident.refused.not-readable", notReadable.key().toString()));
        }
        if (outcome instanceof DraftOutcome.NotAllowed notAllowed) {
            return JsonAnswers.status(403,
                    messages.text("postmortems.incident.refused.not-allowed", notAllowed.key().projectKey()));
        }
        if (outcome instanceof DraftOutcome.NotConfigured) {
            return JsonAnswers.status(409, messages.text("postmortems.incident.refused.not-configured"));
        }
        if (outcome instanceof DraftOutcome.ConsentNeeded consent) {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("message", messages.text("postmortems.incident.refused.consent"));
            consent.authorisation().ifPresent(uri -> json.put("authorisationUrl", uri.toString()));
            return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonAnswers.GSON.toJson(json))
                    .build();
        }
        if (outcome instanceof DraftOutcome.JiraUnreachable unreachable) {
            // Jira's address and error page are for the log; the person gets one line they can act on.
            LOG.warn("Drafting a postmortem from a Jira incident failed: {}", unreachable.reason());
            return JsonAnswers.status(502, messages.text("postmortems.incident.refused.unreachable"));
        }
        return JsonAnswers.status(400, messages.text("postmortems.incident.refused.not-a-key"));
    }

    private static Map<String, Object> json(IncidentDraft draft, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        draft.wizardValues(zone).forEach((field, value) -> values.put(field.formName(), value));
        json.put("values", values);
        json.put("responders", draft.responders().stream().map(IncidentDraftResource::person).toList());
        json.put("timeline", rows(draft.timeline(), zone));
        json.put("comments", rows(draft.comments(), zone));
        json.put("countermeasures", draft.countermeasures().stream().map(IncidentDraftResource::countermeasure)
                .toList());
        json.put("warnings", draft.warnings());
        return json;
    }

    private static List<Map<String, String>> rows(List<DraftRow> rows, ZoneId zone) {
        return rows.stream().map(row -> {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("source", row.source());
            json.put("date", DATE.format(row.time().atZone(zone)));
            json.put("time", TIME.format(row.time().atZone(zone)));
            json.put("at", row.time().toString()); // the instant, for the rows the dialog sends back on Create
            json.put("text", row.text());
            json.put("kind", row.kind().name());
            row.evidence().ifPresent(uri -> json.put("evidence", uri.toString()));
            return json;
        }).toList();
    }

    private static Map<String, String> person(JiraIncident.Person person) {
        return Map.of("username", person.username(), "displayName", person.displayName());
    }

    private static Map<String, String> countermeasure(DraftCountermeasure countermeasure) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("key", countermeasure.key().toString());
        json.put("text", countermeasure.text());
        json.put("phrase", countermeasure.phrase());
        json.put("status", countermeasure.status());
        return json;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank() || timeZone.length() > 64) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static String shown(String typed) {
        return typed == null ? "" : typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
    }
}

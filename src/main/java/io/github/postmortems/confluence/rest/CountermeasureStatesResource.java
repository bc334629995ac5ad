package io.github.postmortems.confluence.rest;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.RowChange;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.SettleCountermeasure;
import io.github.postmortems.review.SettleNote;
import io.github.postmortems.review.Verification;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * "Verify" and "Won't do" on the countermeasures board: {@code {"state": "verified" | "wont-do", "note": "..."}}.
 * Only people who may edit the page's current version, with the XSRF header ({@link EditorGate}); JSON only, at most
 * {@link #MAX_BODY} bytes. Every answer is JSON with a message in the user's language; a refusal changes nothing.
 */
@Path("/pages/{pageId}/countermeasure-states/{rowId}")
@Produces(MediaType.APPLICATION_JSON)
public class CountermeasureStatesResource {

    /** A note of 1,000 characters, each up to 4 bytes, escaped, with room for the rest. */
    static final int MAX_BODY = 8 * 1024;

    private final SettleCountermeasure settle;
    private final PagePermissions permissions;
    private final CurrentUser currentUser;
    private final TimeZoneManager timeZones;
    private final Messages messages;

    @Inject
    public CountermeasureStatesResource(SettleCountermeasure settle, PagePermissions permissions,
                                        CurrentUser currentUser, TimeZoneManager timeZones, Messages messages) {
        this.settle = settle;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.timeZones = timeZones;
        this.messages = messages;
    }

    private record Request(Verification.Kind kind, String note) {
    }

    @POST
    public Response say(@PathParam("pageId") long pageId, @PathParam("rowId") String rowId,
                        @HeaderParam(EditorGate.XSRF_HEADER) String xsrf,
                        @HeaderParam("Content-Type") String contentType, InputStream body) {
        if (rowId == null || !rowId.matches("[a-z0-9]{4,40}")) {
            return JsonAnswers.status(404, messages.text("postmortems.jira.outcome.no-such-row"));
        }
        Optional<Response> refused = EditorGate.refusal(permissions, messages, pageId, xsrf);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<UserRef> by = currentUser.get();
        if (by.isEmpty()) {
            return JsonAnswers.status(403, messages.text("postmortems.jira.rest.forbidden"));
        }
        if (!JsonBodies.isJson(contentType)) {
            return JsonAnswers.status(415, messages.text("postmortems.countermeasures.state.refused.content-type"));
        }
        Optional<String> text = JsonBodies.text(body, MAX_BODY);
        if (text.isEmpty()) {
            return JsonAnswers.status(413, messages.text("postmortems.countermeasures.state.refused.note-too-long",
                    Verification.MAX_NOTE));
        }
        Optional<Request> request = parse(text.get());
        if (request.isEmpty()) {
            return JsonAnswers.status(400, messages.text("postmortems.countermeasures.state.refused.malformed"));
        }
        SettleNote.Checked note = SettleNote.check(request.get().note());
        if (note.refusalIfAny().isPresent()) {
            return JsonAnswers.status(400, messages.text(note.refusal(), Verification.MAX_NOTE));
        }
        RowChange change = settle.settle(pageId, rowId, request.get().kind(), note.note(), by.get(),
                timeZones.getUserTimeZone().toZoneId(), messages);
        String message = messages.text(change.message(), change.args().toArray());
        return change.changed() ? JsonAnswers.ok(Map.of("changed", true, "message", message))
                : JsonAnswers.status(409, message);
    }


    /** One flat object; other members are skipped (Gson's skipValue walks iteratively, without recursion). */
    static Optional<Request> parse(String text) {
        String state = null;
        String note = null;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                return Optional.empty();
            }
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (reader.peek() != JsonToken.STRING) {
                    reader.skipValue();
                    continue;
                }
                String value = reader.nextString();
                if (name.equals("state")) {
                    state = value;
                } else if (name.equals("note")) {
                    note = value;
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
        } catch (IOException | IllegalStateException malformed) {
            return Optional.empty();
        }
        Verification.Kind kind = "verified".equals(state) ? Verification.Kind.VERIFIED
                : "wont-do".equals(state) ? Verification.Kind.WONT_DO : null;
        return kind == null ? Optional.empty() : Optional.of(new Request(kind, note));
    }
}

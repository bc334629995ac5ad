package io.github.postmortems.confluence.rest.admin;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** JSON in and out of the admin resources (Gson, embedded), and the answers every resource gives the same way. */
final class AdminJson {

    static final Gson GSON = new Gson();

    private AdminJson() {
    }

    static Response ok(Object body) {
        return json(Response.Status.OK, GSON.toJsonTree(body));
    }

    static Response status(Response.Status status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        return json(status, body);
    }

    static Response json(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(GSON.toJson(body)).build();
    }

    /** Like {@link #json}, but members that are null stay in the answer as {@code null}. */
    static Response jsonWithNulls(Response.Status status, com.google.gson.JsonElement body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(body.toString()).build();
    }

    /** The form's {@code incident} member (the incident mappings as typed); null when the body has none. */
    static io.github.postmortems.settings.IncidentForm incident(String body) {
        Incident read = read(body, Incident.class);
        return read == null ? null : read.incident();
    }

    private record Incident(io.github.postmortems.settings.IncidentForm incident) {
    }

    /** The body as {@code type}; null when it is not JSON of that shape. */
    static <T> T read(String body, Class<T> type) {
        try {
            return body == null || body.isBlank() ? null : GSON.fromJson(body, type);
        } catch (JsonParseException e) {
            return null;
        }
    }
}

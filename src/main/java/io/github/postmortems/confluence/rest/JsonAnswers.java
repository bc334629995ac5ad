package io.github.postmortems.confluence.rest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** JSON answers of the plugin's REST resources, written with our own Gson (not the host's JSON provider). */
final class JsonAnswers {

    static final Gson GSON = new Gson();
    /** For answers where a null says something ("no next rows"), rather than being left out. */
    private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls().create();

    private JsonAnswers() {
    }

    static Response ok(Object body) {
        return Response.ok(GSON.toJson(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response okWithNulls(Object body) {
        return Response.ok(WITH_NULLS.toJson(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response status(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(GSON.toJson(body)).build();
    }
}

package io.github.postmortems.jira.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A request as the fake Jira received it, for tests that check the JSON shape the client sends. */
public record RecordedRequest(Endpoint endpoint, String method, String path, String rawQuery, String body,
                              Optional<String> authorization, Optional<String> contentType) {

    public JsonObject json() {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}

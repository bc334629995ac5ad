package io.github.postmortems.confluence.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Request bodies the plugin's JSON-only resources accept: what counts as JSON, and reading one within a bound. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** {@code application/json}, with or without parameters; anything a cross-site form can send is not. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    /**
     * The body as text, never more than {@code max} bytes read; empty when it is longer. A body that breaks off reads
     * as none, which the resource then refuses as unreadable.
     */
    static Optional<String> text(InputStream body, int max) {
        if (body == null) {
            return Optional.of("");
        }
        try {
            byte[] bytes = body.readNBytes(max + 1);
            return bytes.length > max ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return Optional.of("");
        }
    }
}

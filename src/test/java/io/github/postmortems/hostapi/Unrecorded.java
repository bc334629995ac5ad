package io.github.postmortems.hostapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The allow-list of declarations the records cannot confirm (host-api-unrecorded.tsv): each entry is a type
 * ("com.x.Type") or a member ("com.x.Type#name(descriptor)") with the source where it was verified instead.
 */
final class Unrecorded {

    static final String RESOURCE = "/host-api-unrecorded.tsv";

    private final Map<String, String> sources;

    Unrecorded(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    static Unrecorded none() {
        return new Unrecorded(Map.of());
    }

    static Unrecorded load() {
        Map<String, String> sources = new LinkedHashMap<>();
        try (InputStream in = Unrecorded.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                sources.put(cells[0].trim(), cells.length > 1 ? cells[1].trim() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Unrecorded(sources);
    }

    /** A type is covered by its own entry; a member by its own entry or by its type's. */
    boolean covers(String key) {
        int hash = key.indexOf('#');
        return sources.containsKey(key) || (hash > 0 && sources.containsKey(key.substring(0, hash)));
    }

    Map<String, String> entries() {
        return sources;
    }
}

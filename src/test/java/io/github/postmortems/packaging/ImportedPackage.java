package io.github.postmortems.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One clause of an OSGi Import-Package header: the package and its attributes/directives (quotes removed). */
record ImportedPackage(String name, Map<String, String> attributes) {

    static List<ImportedPackage> parse(String header) {
        List<ImportedPackage> packages = new ArrayList<>();
        if (header == null) {
            return packages;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    names.add(part.strip());
                } else {
                    String key = part.substring(0, eq).strip().replace(":", "");
                    attributes.put(key, part.substring(eq + 1).strip().replace("\"", ""));
                }
            }
            names.forEach(n -> packages.add(new ImportedPackage(n, attributes)));
        }
        return packages;
    }

    /** Splits on a separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }
}

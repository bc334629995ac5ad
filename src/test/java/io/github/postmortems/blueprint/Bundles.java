package io.github.postmortems.blueprint;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** The i18n bundles under the top-level {@code i18n/} folder, as the tests read them. */
public final class Bundles {

    public static final Path DIR = Path.of("i18n");

    /**
     * Keys of the domain bundle ({@code i18n/postmortem.properties}, written with the storage reader) that the
     * blueprint uses. Until that bundle is in this branch, a key outside the blueprint's own bundle must be one of
     * these; once it is, the tests check the bundle itself.
     */
    public static final Set<String> FROM_DOMAIN_BUNDLE = Set.of(
            "postmortems.details.field.title", "postmortems.details.field.severity",
            "postmortems.details.field.status", "postmortems.details.field.start",
            "postmortems.details.field.detect", "postmortems.details.field.end",
            "postmortems.details.field.first-user-impact", "postmortems.details.field.first-user-report",
            "postmortems.details.field.hotfix", "postmortems.details.field.time-zone",
            "postmortems.details.field.meeting-date", "postmortems.details.field.contact",
            "postmortems.details.field.created-by", "postmortems.details.field.facilitated-by",
            "postmortems.details.field.incident-ticket", "postmortems.details.field.tags",
            "postmortems.severity.sev1.description", "postmortems.severity.sev2.description",
            "postmortems.severity.sev3.description", "postmortems.severity.sev4.description");

    public static final List<String> BLUEPRINT = List.of("blueprint.properties", "blueprint_de.properties",
            "blueprint_fr.properties");

    private Bundles() {
    }

    public static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /**
     * Whether {@code key} exists: in the blueprint bundle, in another feature's English bundle (the descriptor names
     * keys of every feature, e.g. the admin web-item's), or in (or, before the merge, expected of) the domain's.
     */
    public static boolean has(String key) {
        if (load("blueprint.properties").containsKey(key)) {
            return true;
        }
        if (!key.startsWith("postmortems.blueprint.") && Files.exists(DIR.resolve("admin.properties"))
                && load("admin.properties").containsKey(key)) {
            return true;
        }
        if (Files.exists(DIR.resolve("postmortem.properties"))) {
            return load("postmortem.properties").containsKey(key);
        }
        return FROM_DOMAIN_BUNDLE.contains(key);
    }
}

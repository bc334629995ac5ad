package io.github.postmortems.storage;

import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names people may type for columns, fields, kinds and statuses: every bundled translation of an i18n key,
 * compared without case, accents, surrounding white space or a trailing colon or asterisk.
 */
public final class Labels {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Labels BUNDLED = load();

    private final Map<String, Set<String>> foldedByKey;

    Labels(Map<String, Set<String>> foldedByKey) {
        this.foldedByKey = Map.copyOf(foldedByKey);
    }

    /** The labels of the bundles under {@code i18n/} on the classpath, read once. */
    public static Labels bundled() {
        return BUNDLED;
    }

    /** The first of {@code keys} that {@code typed} names in some bundled language. */
    public Optional<String> match(String typed, Collection<String> keys) {
        String folded = fold(typed);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return keys.stream().filter(key -> foldedByKey.getOrDefault(key, Set.of()).contains(folded)).findFirst();
    }

    static String fold(String typed) {
        String text = withoutTrailingMarks(Text.fold(typed).replace('\u2019', '\''));
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A loop, not {@code [\\s:*]+$}: that regex retries from every mark of a long run, quadratic in a cell's text. */
    private static String withoutTrailingMarks(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ':'
                || text.charAt(end - 1) == '*')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Labels load() {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Locale language : BundledLanguages.ALL) {
            Properties bundle = read(BundledLanguages.bundlePath(language));
            for (String key : bundle.stringPropertyNames()) {
                byKey.computeIfAbsent(key, k -> new HashSet<>()).add(fold(bundle.getProperty(key)));
            }
        }
        byKey.replaceAll((key, labels) -> Set.copyOf(labels));
        return new Labels(byKey);
    }

    /** A bundle the build should have packaged; missing means a broken jar, not bad input. */
    static Properties read(String path) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle missing from the classpath: " + path);
            }
            Properties bundle = new Properties();
            bundle.load(in);
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + path, e);
        }
    }
}

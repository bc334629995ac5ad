package io.github.postmortems.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The i18n bundles under the project's top-level {@code i18n/} folder: one base name per feature
 * ({@code blueprint.properties}), English as the reference, and {@code _<lang>} variants with the same keys.
 */
final class I18nBundles {

    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+)(?:_([a-z]{2}(?:_[A-Z]{2})?))?\\.properties");

    /** base name → language ("" for the English reference) → properties. */
    private final Map<String, Map<String, Properties>> bundles;

    private I18nBundles(Map<String, Map<String, Properties>> bundles) {
        this.bundles = bundles;
    }

    static I18nBundles inFolder(Path folder) {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw new IllegalStateException("Unexpected file in i18n/: " + file.getFileName()
                            + " (expected <feature>.properties or <feature>_<lang>.properties)");
                }
                String language = m.group(2) == null ? "" : m.group(2);
                try (InputStream in = Files.newInputStream(file)) {
                    Properties properties = new Properties();
                    properties.load(in);
                    bundles.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(language, properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new I18nBundles(bundles);
    }

    static I18nBundles ofProject() {
        return inFolder(Path.of("i18n"));
    }

    Set<String> baseNames() {
        return bundles.keySet();
    }

    Map<String, Properties> languagesOf(String baseName) {
        return bundles.get(baseName);
    }

    Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        bundles.values().forEach(byLanguage -> languages.addAll(byLanguage.keySet()));
        return languages;
    }

    /** The base name whose English bundle defines {@code key}, or null. */
    String baseNameDefining(String key) {
        for (Map.Entry<String, Map<String, Properties>> bundle : bundles.entrySet()) {
            Properties reference = bundle.getValue().get("");
            if (reference != null && reference.containsKey(key)) {
                return bundle.getKey();
            }
        }
        return null;
    }

    /** Whether every language of the bundle that defines {@code key} has it. */
    boolean definedInEveryLanguage(String key) {
        String base = baseNameDefining(key);
        return base != null && bundles.get(base).values().stream().allMatch(p -> p.containsKey(key));
    }

    static String displayLanguage(String language) {
        return language.isEmpty() ? "English (reference)" : Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    }
}

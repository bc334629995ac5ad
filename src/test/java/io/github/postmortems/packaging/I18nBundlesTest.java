package io.github.postmortems.packaging;

import io.github.postmortems.postmortem.BundledLanguages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class I18nBundlesTest {

    private static final Pattern KEY = Pattern.compile("postmortems(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    /** The macro browser looks texts up by Confluence's own scheme: {@code <plugin key>.<macro>.label|desc|param.<p>.label|desc}. */
    private static final Pattern MACRO_BROWSER_KEY = Pattern.compile(
            "io\\.github\\.postmortems\\.confluence\\.[a-z]+(-[a-z]+)*\\.(label|desc|body\\.(label|desc)|param\\.[A-Za-z]+\\.(label|desc))");

    private final I18nBundles bundles = I18nBundles.ofProject();

    @Test
    void everyFeatureHasAnEnglishReferenceAndTheSameLanguages() {
        assertFalse(bundles.baseNames().isEmpty(), "no bundles found under i18n/");
        Set<String> languages = bundles.languages();
        assertTrue(languages.size() >= 2, "expected English and at least one more language, found " + languages);
        for (String base : bundles.baseNames()) {
            assertEquals(languages, bundles.languagesOf(base).keySet(),
                    "i18n/" + base + "*.properties should come in every bundled language");
        }
    }

    @Test
    void theLanguagesTheCodeKnowsAreExactlyTheBundledOnes() {
        Set<String> known = new TreeSet<>();
        BundledLanguages.ALL.forEach(l -> known.add(l.equals(BundledLanguages.REFERENCE) ? "" : l.getLanguage()));
        assertEquals(bundles.languages(), known, "BundledLanguages.ALL and the files under i18n/ disagree");
    }

    /**
     * Readers share the texts of the language our bundles answer in (SharedTexts, keyed by this answer): each bundled
     * language must name itself, as a plain tag, or two languages' readers would share one language's texts.
     */
    @Test
    void everyLanguageNamesItselfAsAPlainTagForTheTextsItsReadersShare() {
        Set<String> named = new TreeSet<>();
        bundles.languagesOf("common").forEach((language, properties) -> {
            String tag = properties.getProperty("postmortems.common.locale");
            assertEquals(language.isEmpty() ? "en" : language.replace('_', '-'), tag, "common_" + language);
            assertTrue(tag.matches("[a-z]{2,3}(-[A-Z]{2})?"), tag + " is what SharedTexts takes for a language");
            named.add(tag);
        });
        assertEquals(bundles.languages().size(), named.size(), "each language names itself once");
    }

    @Test
    void everyLanguageHasExactlyTheReferenceKeys() {
        List<String> problems = new ArrayList<>();
        for (String base : bundles.baseNames()) {
            Set<String> reference = keys(bundles.languagesOf(base).get(""));
            bundles.languagesOf(base).forEach((language, properties) -> {
                Set<String> missing = new TreeSet<>(reference);
                missing.removeAll(keys(properties));
                Set<String> extra = new TreeSet<>(keys(properties));
                extra.removeAll(reference);
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    problems.add(base + " " + I18nBundles.displayLanguage(language) + ": missing " + missing
                            + ", not in the reference " + extra);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void keysFollowTheNamingSchemeAndValuesAreNotBlank() {
        List<String> problems = new ArrayList<>();
        forEachEntry((where, key, value) -> {
            if (!KEY.matcher(key).matches() && !MACRO_BROWSER_KEY.matcher(key).matches()) {
                problems.add(where + ": key " + key + " is not postmortems.<feature>.<component>.<element>");
            }
            if (value.isBlank()) {
                problems.add(where + ": " + key + " is blank");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void messagesAreValidMessageFormatsWithTheSameArgumentsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (String base : bundles.baseNames()) {
            Properties reference = bundles.languagesOf(base).get("");
            bundles.languagesOf(base).forEach((language, properties) -> properties.stringPropertyNames().forEach(key -> {
                try {
                    int expected = argumentCount(reference.getProperty(key, ""));
                    int actual = argumentCount(properties.getProperty(key));
                    if (expected != actual) {
                        problems.add(base + " " + language + " " + key + ": " + actual + " arguments, reference has "
                                + expected);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(base + " " + language + " " + key + ": not a MessageFormat: " + e.getMessage());
                }
            }));
        }
        assertEquals(List.of(), problems);
    }

    /** Properties files are read as ISO-8859-1 by some loaders: non-ASCII goes in as \\uXXXX escapes. */
    @Test
    void bundleFilesAreAscii() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("i18n"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] < 0) {
                        String line = new String(bytes, 0, i, StandardCharsets.ISO_8859_1);
                        problems.add(file.getFileName() + " line " + line.lines().count() + " has a non-ASCII byte");
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private interface EntryVisitor {
        void visit(String where, String key, String value);
    }

    private void forEachEntry(EntryVisitor visitor) {
        for (String base : bundles.baseNames()) {
            for (Map.Entry<String, Properties> language : bundles.languagesOf(base).entrySet()) {
                for (String key : language.getValue().stringPropertyNames()) {
                    visitor.visit(base + "_" + language.getKey(), key, language.getValue().getProperty(key));
                }
            }
        }
    }
}

package io.github.postmortems.storage;

import io.github.postmortems.postmortem.BundledLanguages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles under {@code i18n/} match the languages the code knows, and each other. */
class BundlesTest {

    private static final Path I18N = Path.of("i18n");

    @Test
    void bundledLanguagesAreExactlyTheBundleFilesInI18n() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(I18N)) {
            files = list.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> declared = BundledLanguages.ALL.stream()
                .map(language -> Path.of(BundledLanguages.bundlePath(language)).getFileName().toString())
                .collect(Collectors.toSet());
        assertEquals(files, declared);
    }

    @Test
    void everyBundleHasExactlyTheReferenceKeys() {
        Set<String> reference = Labels.read(BundledLanguages.bundlePath(BundledLanguages.REFERENCE))
                .stringPropertyNames();
        for (Locale language : BundledLanguages.ALL) {
            Properties bundle = Labels.read(BundledLanguages.bundlePath(language));
            assertEquals(reference, bundle.stringPropertyNames(), language + " differs from the reference");
            bundle.forEach((key, value) -> assertTrue(!value.toString().isBlank(), language + ": empty " + key));
        }
    }

    @Test
    void bundlesAreAsciiAndKeysFollowTheNamingScheme() throws IOException {
        for (Locale language : BundledLanguages.ALL) {
            Path file = I18N.resolve(Path.of(BundledLanguages.bundlePath(language)).getFileName());
            String content = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertTrue(content.chars().allMatch(c -> c < 128), file + " has non-ASCII characters");
            Labels.read(BundledLanguages.bundlePath(language)).stringPropertyNames().forEach(key ->
                    assertTrue(key.matches("postmortems(\\.[a-z0-9-]+){2,}"), "bad key " + key));
        }
    }
}

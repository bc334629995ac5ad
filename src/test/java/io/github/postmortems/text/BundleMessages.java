package io.github.postmortems.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/** {@link Messages} answered from the project's own bundles under {@code i18n/}, in one language, as the host would. */
public final class BundleMessages implements Messages {

    private final Properties texts = new Properties();
    private final Locale locale;

    private BundleMessages(String language) {
        this.locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language);
        try (Stream<Path> files = Files.list(Path.of("i18n"))) {
            String suffix = language.isEmpty() ? "" : "_" + language;
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.matches("[a-z0-9-]+" + suffix + "\\.properties")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        texts.load(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BundleMessages english() {
        return new BundleMessages("");
    }

    public static BundleMessages of(String language) {
        return new BundleMessages(language.equals("en") ? "" : language);
    }

    @Override
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no text for " + key + " in " + locale);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public String pattern(String key) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no text for " + key + " in " + locale);
        }
        return pattern;
    }
}

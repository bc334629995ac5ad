package io.github.postmortems.postmortem;

import java.util.List;
import java.util.Locale;

/**
 * The languages the plugin ships i18n bundles for; the one list everything else derives from (label matching, month
 * names, the bundle consistency test). English is the reference bundle, {@code i18n/postmortem.properties}.
 */
public final class BundledLanguages {

    public static final Locale REFERENCE = Locale.ENGLISH;

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

    private static final String BASE = "i18n/postmortem";

    private BundledLanguages() {
    }

    /** Classpath location of a language's bundle: the reference language has no suffix. */
    public static String bundlePath(Locale language) {
        return language.equals(REFERENCE)
                ? BASE + ".properties"
                : BASE + "_" + language.getLanguage() + ".properties";
    }
}

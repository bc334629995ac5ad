package io.github.postmortems.postmortem;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the value types. */
public final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Text() {
    }

    public static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    /** Collapses every run of white space (non-breaking spaces included) into one space and trims. */
    public static String squash(String value) {
        return value == null ? "" : SPACES.matcher(value).replaceAll(" ").strip();
    }

    /** The form used to compare names people type: squashed, lower case (root locale). */
    public static String fold(String value) {
        return squash(value).toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String value) {
        return squash(value).isEmpty();
    }
}

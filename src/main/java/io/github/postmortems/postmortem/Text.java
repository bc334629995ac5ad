package io.github.postmortems.postmortem;

import java.util.Locale;

/** Small text helpers shared by the value types. */
public final class Text {

    private Text() {
    }

    public static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    /**
     * Collapses every run of white space (non-breaking spaces included) into one space and trims. A loop rather than
     * a regex: every table cell goes through here, and a long timeline has thousands.
     */
    public static String squash(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * The text squashed, without the characters that show nothing: direction marks and isolates, zero-width spaces
     * and joiners, the word joiner and byte-order marks, as editors and chat tools paste them around times and codes.
     * For reading values (times, dates, zones, keys, codes) only: in titles and free text these characters carry
     * meaning (a right-to-left mark in a Hebrew title), so {@link #squash} and {@link #fold} keep them.
     */
    public static String withoutInvisibles(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return squash(out.toString());
    }

    /** Unicode's format characters (Cf): the marks above, and the soft hyphen and its kin, which show nothing either. */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** {@code [\\s\\u00A0\\u2007\\u202F]}: ASCII white space and the no-break spaces. */
    private static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F' -> true;
            default -> false;
        };
    }

    /** The form used to compare names people type: squashed, lower case (root locale). */
    public static String fold(String value) {
        return squash(value).toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String value) {
        return squash(value).isEmpty();
    }
}

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
        if (squashed(value)) {
            return value;
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
     * A text built piece by piece and squashed as it is built: the same as {@link #squash} of the pieces joined, without
     * making the joined text first and copying it again. Runs of words apart by single plain spaces are copied at once.
     */
    public static final class Squashing {

        private final StringBuilder out = new StringBuilder();
        private boolean space;

        /** White space between pieces, as a block's edge is. */
        public void space() {
            space = true;
        }

        public Squashing append(String piece) {
            return append(piece, 0, piece.length());
        }

        public Squashing append(String piece, int from, int to) {
            int run = from;
            for (int i = from; i < to; i++) {
                char c = piece.charAt(i);
                if (isSpace(c)) {
                    if (c == ' ' && i > run && i + 1 < to && !isSpace(piece.charAt(i + 1))) {
                        continue; // one plain space between two words is written as it is: copied with the run
                    }
                    copy(piece, run, i);
                    space = true;
                    run = i + 1;
                }
            }
            copy(piece, run, to);
            return this;
        }

        private void copy(String piece, int from, int to) {
            if (from == to) {
                return;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(piece, from, to);
        }

        /** The text squashed: trimmed as {@link #squash} trims. */
        public String text() {
            return out.toString().strip();
        }
    }

    /**
     * Whether squashing would give the value back: no white space at either end, and inside only single plain spaces.
     * Most cells are written so; they are then read without a copy.
     */
    private static boolean squashed(String value) {
        int last = value.length() - 1;
        if (last >= 0 && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(last))
                || isSpace(value.charAt(0)) || isSpace(value.charAt(last)))) {
            return false;
        }
        boolean space = false;
        for (int i = 1; i < last; i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || space) {
                    return false;
                }
                space = true;
            } else {
                space = false;
            }
        }
        return true;
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
        int first = firstInvisible(value);
        if (first < 0) {
            return squash(value);
        }
        StringBuilder out = new StringBuilder(value.length()).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return squash(out.toString());
    }

    /** Where the first invisible character is; -1 when there is none (no copy needed). */
    private static int firstInvisible(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isInvisible(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Unicode's format characters (Cf): the marks above, and the soft hyphen and its kin, which show nothing either. */
    private static boolean isInvisible(char c) {
        return c >= '\u00ad' && Character.getType(c) == Character.FORMAT; // the soft hyphen is the first
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

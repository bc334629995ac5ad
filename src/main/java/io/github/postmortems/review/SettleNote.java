package io.github.postmortems.review;

import java.util.Optional;

/**
 * The note an editor types with "verified" or "won't do", checked before it goes into the page: line breaks and tabs
 * become spaces (the Status cell is one line), other control characters and broken characters are refused rather
 * than silently dropped, and it must say something and stay under {@link Verification#MAX_NOTE}. Markup is not
 * refused: it is written escaped, as text.
 */
public final class SettleNote {

    static final String REQUIRED = "postmortems.countermeasures.state.refused.note-required";
    static final String TOO_LONG = "postmortems.countermeasures.state.refused.note-too-long";
    static final String CONTROL = "postmortems.countermeasures.state.refused.note-control";

    private SettleNote() {
    }

    /** Either the note to write ({@code note}) or why not ({@code refusal}, an i18n key taking the limit). */
    public record Checked(String note, String refusal) {
        public Optional<String> refusalIfAny() {
            return Optional.ofNullable(refusal);
        }
    }

    public static Checked check(String typed) {
        if (typed == null) {
            return refused(REQUIRED);
        }
        if (typed.length() > Verification.MAX_NOTE * 4) {
            return refused(TOO_LONG); // not worth looking at
        }
        StringBuilder note = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                note.append(' ');
            } else if (Character.isISOControl(c) || broken(typed, i)) {
                return refused(CONTROL);
            } else {
                note.append(c);
            }
        }
        String squashed = note.toString().strip().replaceAll(" {2,}", " ");
        if (squashed.isEmpty()) {
            return refused(REQUIRED);
        }
        if (squashed.codePointCount(0, squashed.length()) > Verification.MAX_NOTE
                || squashed.length() > Verification.MAX_NOTE) {
            return refused(TOO_LONG);
        }
        return new Checked(squashed, null);
    }

    /** A lone surrogate: half a character, which storage format cannot hold. */
    private static boolean broken(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static Checked refused(String key) {
        return new Checked(null, key);
    }
}

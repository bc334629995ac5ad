package io.github.postmortems.wording;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Words folded for comparison: lower case, accents dropped ("négligent" = "negligent"), German umlauts and ß as
 * their two-letter spellings ("hätte" = "haette", never "hatte", which is no counterfactual), typographic
 * apostrophes as {@code '}. Characters are folded one by one, from a table for the Latin letters.
 */
final class Folding {

    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String base = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            LATIN[c] = base.isEmpty() ? lower : base;
        }
        LATIN['ä'] = "ae";
        LATIN['Ä'] = "ae";
        LATIN['ö'] = "oe";
        LATIN['Ö'] = "oe";
        LATIN['ü'] = "ue";
        LATIN['Ü'] = "ue";
        LATIN['ß'] = "ss";
        LATIN['æ'] = "ae";
        LATIN['Æ'] = "ae";
        LATIN['œ'] = "oe";
        LATIN['Œ'] = "oe";
    }

    private Folding() {
    }

    /** Appends {@code c} folded. */
    static void fold(char c, StringBuilder to) {
        if (c < 0x80) {
            to.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        } else if (c < LATIN.length) {
            to.append(LATIN[c]);
        } else if (c == '\u2019' || c == '\u02BC' || c == '\u2018') {
            to.append('\'');
        } else {
            to.append(Character.toLowerCase(c));
        }
    }

    static String fold(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            fold(text.charAt(i), folded);
        }
        return folded.toString();
    }
}

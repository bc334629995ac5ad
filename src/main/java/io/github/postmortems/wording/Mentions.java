package io.github.postmortems.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * How a user mention stands in a page's text while it is checked and in a stored excerpt: private-use characters
 * around {@code k:<user key>} or {@code u:<user name>}, which no page text contains (they are dropped from it), so
 * the card can show the person's current display name.
 */
public final class Mentions {

    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';
    /** The longest user key or name kept in a mention; longer ones stand as an unnamed mention. */
    static final int MAX_ID = 100;

    private Mentions() {
    }

    static String ofKey(String userKey) {
        return of("k:", userKey);
    }

    static String ofUsername(String username) {
        return of("u:", username);
    }

    private static String of(String prefix, String id) {
        String clean = id == null ? "" : id.strip();
        if (clean.length() > MAX_ID || clean.indexOf(OPEN) >= 0 || clean.indexOf(CLOSE) >= 0) {
            clean = "";
        }
        return OPEN + (clean.isEmpty() ? "" : prefix + clean) + CLOSE;
    }

    /** A piece of an excerpt: text as written, or a mention ({@code k:…}, {@code u:…} or "" for an unnamed one). */
    public record Piece(String text, boolean mention) {
    }

    /** The excerpt's text between {@code from} and {@code to} in pieces; a mention cut in two stays text. */
    public static List<Piece> pieces(String excerpt, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = excerpt.charAt(i);
            int close = c == OPEN ? excerpt.indexOf(CLOSE, i + 1) : -1;
            if (close > 0 && close < to) {
                if (!text.isEmpty()) {
                    pieces.add(new Piece(text.toString(), false));
                    text.setLength(0);
                }
                pieces.add(new Piece(excerpt.substring(i + 1, close), true));
                i = close + 1;
            } else {
                if (c != OPEN && c != CLOSE) {
                    text.append(c);
                }
                i++;
            }
        }
        if (!text.isEmpty()) {
            pieces.add(new Piece(text.toString(), false));
        }
        return pieces;
    }
}

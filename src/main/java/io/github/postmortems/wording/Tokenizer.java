package io.github.postmortems.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A block's text as words, in one pass: letters and digits, with an apostrophe or hyphen between letters kept inside
 * the word ("shouldn't", "on-call"), except a French elision, which is a word of its own ("n'", "aurait"). Double
 * quotation marks of any language toggle a quote that ends with the block.
 */
final class Tokenizer {

    /** Longer words are no word any phrase has: they are kept as unmatched words, not folded. */
    static final int MAX_WORD = 40;

    private static final Set<String> ELISIONS = Set.of("l", "d", "n", "j", "m", "t", "s", "c", "qu", "jusqu",
            "lorsqu", "puisqu");
    private static final String QUOTES = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033";
    private static final String SENTENCE_ENDS = ".!?;:\u2026";

    private Tokenizer() {
    }

    static List<Token> words(String text) {
        List<Token> words = new ArrayList<>();
        boolean quoted = false;
        boolean pendingBreak = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == Mentions.OPEN) {
                int close = text.indexOf(Mentions.CLOSE, i + 1);
                int end = close < 0 ? n : close + 1;
                words.add(new Token(i, end, text.substring(i, end), true, true, pendingBreak, quoted));
                pendingBreak = false;
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '@' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || Character.isSurrogate(text.charAt(end))
                        || isJoiner(text.charAt(end)) && end + 1 < n && Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                add(text, i, end, pendingBreak, quoted, words);
                pendingBreak = false;
                i = end;
            } else {
                if (QUOTES.indexOf(c) >= 0) {
                    quoted = !quoted;
                    pendingBreak = true;
                } else if (SENTENCE_ENDS.indexOf(c) >= 0) {
                    pendingBreak = true;
                }
                i++;
            }
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static void add(String text, int start, int end, boolean breakBefore, boolean quoted, List<Token> words) {
        boolean capitalized = Character.isUpperCase(text.charAt(start))
                || text.charAt(start) == '@' && Character.isUpperCase(text.charAt(start + 1));
        if (end - start > MAX_WORD) {
            words.add(new Token(start, end, "", false, capitalized, breakBefore, quoted));
            return;
        }
        String folded = Folding.fold(text.subSequence(start, end));
        int apostrophe = folded.indexOf('\'');
        if (apostrophe > 0 && ELISIONS.contains(folded.substring(0, apostrophe))) {
            words.add(new Token(start, start + apostrophe + 1, folded.substring(0, apostrophe + 1), false,
                    capitalized, breakBefore, quoted));
            words.add(new Token(start + apostrophe + 1, end, folded.substring(apostrophe + 1), false,
                    Character.isUpperCase(text.charAt(start + apostrophe + 1)), false, quoted));
            return;
        }
        words.add(new Token(start, end, folded, folded.startsWith("@"), capitalized, breakBefore, quoted));
    }
}

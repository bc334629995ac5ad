package io.github.postmortems.wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, in a postmortem page's prose, the phrases the blameless practice warns against: counterfactuals, blame,
 * "human error", and a person named as the subject of a failure. Time is linear in the page: one parse, one pass
 * over the words, and at each word only the few phrases starting with it are compared (a hash lookup, at most
 * {@link Phrases#LONGEST} words each; "hätte … sollen" looks at most {@link Phrases.Bracket#WINDOW} words ahead).
 * <p>
 * Left out on purpose: code (blocks, inline code, the code macro), quotations (a {@code blockquote} or words in
 * quotation marks of any language: what someone said or what a tool printed is evidence and stays as it was), and
 * the template's placeholders. A name is a person's only when the page names that person (details, owners) and it is
 * capitalised where it stands; a mention always is.
 */
public final class WordingDetector {

    /** Characters of context either side of a phrase in its excerpt. */
    static final int CONTEXT = 60;
    /** The longest phrase marked in full; a longer span ("hätte" … far … "sollen") marks its first word. */
    static final int MAX_PHRASE = 160;
    private static final String ELLIPSIS = "\u2026";

    /**
     * @param people the names the page gives its people (typed names, user names); each word of a name counts
     */
    public WordingReport check(String storage, Collection<String> people) {
        Set<String> names = new HashSet<>();
        for (String person : people) {
            for (Token word : Tokenizer.words(person == null ? "" : person)) {
                if (word.folded().length() >= 2 && !word.mention()) {
                    names.add(word.folded());
                }
            }
        }
        List<WordingHint> kept = new ArrayList<>();
        int[] found = {0};
        ProseReader.read(storage, block -> scan(block, names, kept, found));
        return new WordingReport(kept, found[0]);
    }

    private static void scan(ProseBlock block, Set<String> names, List<WordingHint> kept, int[] found) {
        List<Token> words = Tokenizer.words(block.text());
        int i = 0;
        while (i < words.size()) {
            int next = match(block, words, i, names, kept, found);
            i = next > i ? next : i + 1;
        }
    }

    /** The phrase starting at word {@code i}, if any, recorded; returns the word after it (or {@code i}). */
    private static int match(ProseBlock block, List<Token> words, int i, Set<String> names, List<WordingHint> kept,
                             int[] found) {
        Token first = words.get(i);
        if (first.quoted() || first.folded().isEmpty()) {
            return i;
        }
        for (Phrases.Phrase phrase : candidates(words, i)) {
            int end = i + phrase.words().length;
            if (end > words.size() || !follows(words, i, phrase.words())) {
                continue;
            }
            if (phrase.kind() == HintKind.COUNTERFACTUAL && isDifficulty(words, end)) {
                continue;
            }
            int subject = subject(words, i);
            HintKind kind = phrase.kind();
            int from = i;
            if (subject >= 0 && isNamed(words.get(subject), names)) {
                kind = HintKind.PERSON;
                from = subject;
            } else if (phrase.personOnly()) {
                if (subject < 0 || !Phrases.PERSONS.contains(words.get(subject).folded())) {
                    continue;
                }
                from = subject;
            }
            record(block, words.get(from).start(), words.get(end - 1).end(), words.get(i).end(), kind, kept, found);
            return end;
        }
        for (Phrases.Bracket bracket : Phrases.BRACKETS) {
            if (!bracket.openers().contains(first.folded())) {
                continue;
            }
            int closer = -1;
            for (int j = i + 1; j < words.size() && j <= i + Phrases.Bracket.WINDOW; j++) {
                Token word = words.get(j);
                if (word.breakBefore() || word.quoted()) {
                    break;
                }
                if (bracket.closers().contains(word.folded())) {
                    closer = j;
                    break;
                }
            }
            if (closer < 0 && !bracket.openerAlone()) {
                continue;
            }
            int subject = subject(words, i);
            boolean named = subject >= 0 && isNamed(words.get(subject), names);
            int from = named ? subject : i;
            int last = closer < 0 ? i : closer;
            record(block, words.get(from).start(), words.get(last).end(), words.get(i).end(),
                    named ? HintKind.PERSON : HintKind.COUNTERFACTUAL, kept, found);
            return last + 1;
        }
        return i;
    }

    /** The phrases starting with word {@code i} and the word after it, longest first, then those of one word. */
    private static List<Phrases.Phrase> candidates(List<Token> words, int i) {
        Map<String, List<Phrases.Phrase>> bySecond = Phrases.BY_FIRST_WORDS.get(words.get(i).folded());
        if (bySecond == null) {
            return List.of();
        }
        List<Phrases.Phrase> single = bySecond.getOrDefault("", List.of());
        List<Phrases.Phrase> longer = i + 1 < words.size()
                ? bySecond.getOrDefault(words.get(i + 1).folded(), List.of()) : List.of();
        if (longer.isEmpty() || single.isEmpty()) {
            return longer.isEmpty() ? single : longer;
        }
        List<Phrases.Phrase> both = new ArrayList<>(longer);
        both.addAll(single);
        return both;
    }

    /** Whether the words from {@code i} are the phrase's, within one sentence and outside quotes. */
    private static boolean follows(List<Token> words, int i, String[] phrase) {
        for (int k = 1; k < phrase.length; k++) {
            Token word = words.get(i + k);
            if (word.breakBefore() || word.quoted() || !phrase[k].equals(word.folded())) {
                return false;
            }
        }
        return true;
    }

    /** "il aurait du mal à": "would have difficulty", typed without the circumflex, is no "aurait dû". */
    private static boolean isDifficulty(List<Token> words, int end) {
        return end < words.size() && words.get(end - 1).folded().equals("du")
                && words.get(end).folded().equals("mal");
    }

    /**
     * The subject word before word {@code i}: the word right before it, or before one or two connecting words
     * ("Alice then forgot"), in the same sentence; -1 when there is none.
     */
    private static int subject(List<Token> words, int i) {
        int j = i - 1;
        int skipped = 0;
        while (j >= 0) {
            if (words.get(j + 1).breakBefore()) {
                return -1;
            }
            Token word = words.get(j);
            if (word.quoted()) {
                return -1;
            }
            if (skipped < 2 && Phrases.CONNECTORS.contains(word.folded()) && !word.mention()) {
                j--;
                skipped++;
                continue;
            }
            return j;
        }
        return -1;
    }

    /** A mention, or a name the page gives a person, capitalised as a name is ("Alice", "Alice's"). */
    private static boolean isNamed(Token word, Set<String> names) {
        if (word.mention()) {
            return true;
        }
        if (!word.capitalized()) {
            return false;
        }
        String folded = word.folded();
        if (folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        return names.contains(folded);
    }

    private static void record(ProseBlock block, int from, int to, int firstWordEnd, HintKind kind,
                               List<WordingHint> kept, int[] found) {
        found[0]++;
        if (kept.size() >= WordingReport.MAX_KEPT) {
            return;
        }
        String text = block.text();
        int markEnd = to - from > MAX_PHRASE ? Math.min(firstWordEnd, from + MAX_PHRASE) : to;
        if (markEnd - from > MAX_PHRASE) {
            markEnd = from + MAX_PHRASE;
        }
        markEnd = whole(text, markEnd);
        int start = Math.max(0, from - CONTEXT);
        int end = Math.min(text.length(), markEnd + CONTEXT);
        // Cut at a space, never inside a word, a mention or a character.
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < from ? space + 1 : from;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space >= markEnd ? space : markEnd;
        }
        String before = start > 0 ? ELLIPSIS : "";
        String after = end < text.length() ? ELLIPSIS : "";
        String excerpt = before + text.substring(start, end) + after;
        int markFrom = before.length() + from - start;
        kept.add(new WordingHint(kind, excerpt, markFrom, markFrom + markEnd - from,
                block.section(), block.place(), block.offset() + from));
    }

    /** {@code at}, or one character on when it would split a surrogate pair or a mention's marker. */
    private static int whole(String text, int at) {
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))) {
            return at + 1;
        }
        return at;
    }
}

package io.github.postmortems.storage;

import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names people may type for columns, fields, kinds and statuses: every bundled translation of an i18n key and the
 * other words each language lists for it under {@code <key>.synonyms} ("Incident start", "Began" for Start), compared
 * without case, accents, invisible characters, or the punctuation and symbols around them ("Start:", "**Start**",
 * "⏱ Start"); "Start (UTC)" is read as Start when no label is written that way.
 */
public final class Labels {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Suffix of the bundle keys listing, separated by {@code |}, the other names a language uses for a key. */
    static final String SYNONYMS = ".synonyms";
    private static final Labels BUNDLED = load();

    private final Map<String, Set<String>> foldedByKey;
    /** The other way round: the keys each folded name reads as, so a match is one lookup, not one per key asked. */
    private final Map<String, Set<String>> keysByFolded;
    /** Each key's longest folded name: a text with more letters and digits than that is not one of its names. */
    private final Map<String, Integer> longestByKey;
    /** Racy on purpose: a thread seeing another's keys works the length out again. */
    private volatile Longest lastLongest;

    Labels(Map<String, Set<String>> foldedByKey) {
        this.foldedByKey = Map.copyOf(foldedByKey);
        Map<String, Set<String>> keys = new HashMap<>();
        this.foldedByKey.forEach((key, names) -> names.forEach(
                name -> keys.computeIfAbsent(name, n -> new HashSet<>()).add(key)));
        keys.replaceAll((name, named) -> Set.copyOf(named));
        this.keysByFolded = Map.copyOf(keys);
        Map<String, Integer> longest = new HashMap<>();
        this.foldedByKey.forEach((key, names) -> longest.put(key,
                names.stream().mapToInt(String::length).max().orElse(0)));
        this.longestByKey = Map.copyOf(longest);
    }

    /** The labels of the bundles under {@code i18n/} on the classpath, read once. */
    public static Labels bundled() {
        return BUNDLED;
    }

    /** The first of {@code keys} that {@code typed} names in some bundled language. */
    public Optional<String> match(String typed, Collection<String> keys) {
        if (longerThanAnyName(typed, keys)) {
            return Optional.empty();
        }
        return match(new Typed(typed), keys);
    }

    /**
     * Whether the text cannot name any of the keys, told without folding it: a long event text asked whether it is a
     * column's name. Folding keeps every letter and digit from the first letter on, one character each at least, so
     * more of them than the longest name has is no name; unless the text ends in a note, which is read without it.
     */
    private boolean longerThanAnyName(String typed, Collection<String> keys) {
        int longestName = longestName(keys);
        int length = typed.length();
        if (length <= longestName) {
            return false;
        }
        int counted = 0;
        boolean lettered = false;
        for (int i = 0; i < length; i++) {
            char c = typed.charAt(i);
            lettered |= Character.isLetter(c);
            if (lettered && Character.isLetterOrDigit(c) && ++counted > longestName) {
                return typed.indexOf(')') < 0;
            }
        }
        return false;
    }

    /** The longest folded name of the keys: worked out once for a table's cells, asked with the same keys in turn. */
    private int longestName(Collection<String> keys) {
        Longest last = lastLongest;
        if (last != null && last.keys() == keys) {
            return last.length();
        }
        int longest = 0;
        for (String key : keys) {
            longest = Math.max(longest, longestByKey.getOrDefault(key, 0));
        }
        lastLongest = new Longest(keys, longest);
        return longest;
    }

    /** The last keys asked about, by identity, with their longest name. */
    private record Longest(Collection<String> keys, int length) {
    }

    /** The same for a text folded once, to be matched against several groups of keys in turn. */
    Optional<String> match(Typed typed, Collection<String> keys) {
        if (typed.folded().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> key = matchFolded(typed.folded(), keys);
        if (key.isEmpty() && typed.withoutNote() != null) {
            return matchFolded(typed.withoutNote(), keys);
        }
        return key;
    }

    /**
     * A typed text as it is compared: folded, and when no label reads as that, folded without the note in parentheses
     * at its end ("Start (UTC)"), worked out once on the first ask.
     */
    static final class Typed {

        private final String text;
        private final String folded;
        private String withoutNote;
        private boolean noteLooked;

        Typed(String text) {
            this.text = text;
            this.folded = foldRemembered(text);
        }

        String folded() {
            return folded;
        }

        /** Null when the text ends in no note. */
        String withoutNote() {
            if (!noteLooked) {
                String plain = Text.withoutInvisibles(text);
                int note = plain.lastIndexOf('(');
                withoutNote = plain.endsWith(")") && note > 0 ? fold(plain.substring(0, note)) : null;
                noteLooked = true;
            }
            return withoutNote;
        }
    }

    /** The first of {@code keys}, in their order, that {@code folded} reads as. */
    private Optional<String> matchFolded(String folded, Collection<String> keys) {
        Set<String> named = keysByFolded.get(folded);
        if (named == null) {
            return Optional.empty();
        }
        for (String key : keys) {
            if (named.contains(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** Texts this long or shorter have their fold remembered: labels, headings and kinds are short. */
    private static final int REMEMBERED_LENGTH = 64;
    /** Slots of remembered folds, a power of two; a text takes the slot of its hash, replacing what was there. */
    private static final int REMEMBERED_FOLDS = 1024;
    /**
     * Folds of short texts asked before: the same labels, headings and kinds are folded on every view of every page.
     * A bounded table, not a map that grows; racy on purpose, as each entry is immutable (a thread may fold again).
     */
    private static final Folded[] FOLDS = new Folded[REMEMBERED_FOLDS];

    private record Folded(String text, String folded) {
    }

    /** {@link #fold}, remembered for short texts. */
    static String foldRemembered(String text) {
        if (text.length() > REMEMBERED_LENGTH) {
            return fold(text);
        }
        int slot = text.hashCode() & (REMEMBERED_FOLDS - 1);
        Folded kept = FOLDS[slot];
        if (kept != null && kept.text().equals(text)) {
            return kept.folded();
        }
        String folded = fold(text);
        FOLDS[slot] = new Folded(text, folded);
        return folded;
    }

    static String fold(String typed) {
        String ascii = foldAscii(typed);
        if (ascii != null) {
            return ascii;
        }
        String text = Text.fold(Text.withoutInvisibles(typed)).replace('\u2019', '\'');
        return trimmed(composedBelowAccents(text) ? text
                : ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""));
    }

    /**
     * The fold of a text written in ASCII alone, in one pass: what the general way gives it (no invisible character,
     * accent or curly quote can be in it), from its first letter to its last letter or digit, white space runs made
     * one space, lower case. Null for any other text. Most labels, headings and kinds are.
     */
    private static String foldAscii(String typed) {
        int length = typed.length();
        int start = -1;
        int end = -1;
        for (int i = 0; i < length; i++) {
            char c = typed.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter && start < 0) {
                start = i;
            }
            if (letter || c >= '0' && c <= '9') {
                end = i + 1;
            }
        }
        if (start < 0 || end <= start) {
            return "";
        }
        StringBuilder folded = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /**
     * Whether every character is below U+00C0, where decomposing changes nothing and no mark can be: most labels, kinds
     * and headings, which then skip the normalizer and the pattern.
     */
    private static boolean composedBelowAccents(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u00c0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Without the punctuation, symbols and spaces around the words ("Start:", "* Start", "1. Start", an emoji): loops,
     * not {@code ^\\W+|\\W+$}, which retries from every mark of a long run, quadratic in a cell's text.
     */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static Labels load() {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Locale language : BundledLanguages.ALL) {
            Properties bundle = read(BundledLanguages.bundlePath(language));
            for (String key : bundle.stringPropertyNames()) {
                if (key.endsWith(SYNONYMS)) {
                    Set<String> names = byKey.computeIfAbsent(key.substring(0, key.length() - SYNONYMS.length()),
                            k -> new HashSet<>());
                    for (String synonym : bundle.getProperty(key).split("\\|")) {
                        names.add(fold(synonym));
                    }
                } else {
                    byKey.computeIfAbsent(key, k -> new HashSet<>()).add(fold(bundle.getProperty(key)));
                }
            }
        }
        byKey.replaceAll((key, labels) -> Set.copyOf(labels));
        return new Labels(byKey);
    }

    /** Every name, folded, that reads as {@code key}: for the test that no name means two things in one table. */
    Set<String> names(String key) {
        return foldedByKey.getOrDefault(key, Set.of());
    }

    /** A bundle the build should have packaged; missing means a broken jar, not bad input. */
    static Properties read(String path) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle missing from the classpath: " + path);
            }
            Properties bundle = new Properties();
            bundle.load(in);
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + path, e);
        }
    }
}

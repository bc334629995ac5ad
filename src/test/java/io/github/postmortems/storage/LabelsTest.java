package io.github.postmortems.storage;

import io.github.postmortems.countermeasure.CountermeasureType;
import io.github.postmortems.postmortem.BundledLanguages;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.timeline.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    private static final Labels LABELS = Labels.bundled();
    private static final List<String> FIELDS = Arrays.stream(DetailsField.values()).map(DetailsField::key).toList();

    /** The groups a reader matches one cell against: a name may mean something in one, never two things in one. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "details fields", Stream.concat(FIELDS.stream(),
                    Stream.of("postmortems.details.column.field", "postmortems.details.column.value")).toList(),
            "timeline columns", Arrays.stream(TimelineColumn.values()).map(Column::key).toList(),
            "countermeasure columns", Arrays.stream(CountermeasureColumn.values()).map(Column::key).toList(),
            "timeline kinds", Arrays.stream(EntryKind.values()).map(EntryKind::i18nKey).toList(),
            "countermeasure types", Arrays.stream(CountermeasureType.values()).map(CountermeasureType::i18nKey).toList(),
            "statuses", Arrays.stream(PostmortemStatus.values()).map(PostmortemStatus::i18nKey).toList());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Incident start|start", "Started|start", "Start time|start", "Began|start", "Start:|start",
            "**Start**|start", "1. Start|start", "\u23f1\ufe0f Start|start", "Start (UTC)|start",
            "\u200eStart\u200f|start", "St\u00f6rungsbeginn|start", "Debut de l'incident|start",
            "D\u00e9but de l\u2019incident|start", "Incident end|end", "Ended|end", "Resolved|end", "Recovered|end",
            "R\u00e9solu|end", "Behoben am:|end", "Detected|detect", "Detection time|detect", "Erkannt|detect",
            "Sev|severity", "Facilitator|facilitated-by", "Jira ticket|incident-ticket", "Timezone|time-zone"})
    void readsTheNamesPeopleWriteForAField(String typed, String field) {
        assertEquals(Optional.of("postmortems.details.field." + field), LABELS.match(typed, FIELDS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Root cause", "Start of the day", "Ende gut", "-", "\u200b"})
    void readsNoFieldFromOtherWords(String typed) {
        assertEquals(Optional.empty(), LABELS.match(typed, FIELDS));
    }

    @Test
    void foldsEveryCharacterAndMixAsTheNormalizerDoes() {
        java.util.Random random = new java.util.Random(20261130L);
        String alphabet = "aZ9 :*-().\u00a0\u00a8\u00b4\u00bf\u00c0\u00e9\u00c9\u00df\u00fce\u0301\u0308\u2019\u200b\u00ad\u0130";
        List<String> samples = new ArrayList<>();
        for (char c = 1; c < 0x400; c++) {
            samples.add("x" + c + "y");
            samples.add(String.valueOf(c));
        }
        // ASCII alone, which is folded in one pass: white space of every kind, controls, digits before and after.
        String ascii = "aZm9 0\t\n\u000B\f\r\u001C\u0001:*-().'_";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder typed = new StringBuilder();
            StringBuilder asciiOnly = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
                asciiOnly.append(ascii.charAt(random.nextInt(ascii.length())));
            }
            samples.add(typed.toString());
            samples.add(asciiOnly.toString());
        }
        for (String typed : samples) {
            String text = io.github.postmortems.postmortem.Text.fold(
                    io.github.postmortems.postmortem.Text.withoutInvisibles(typed)).replace('\u2019', '\'');
            String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
            assertEquals(Labels.trimmed(normalized), Labels.fold(typed), () -> "folding " + typed.chars()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    /**
     * Matching by one lookup per folded name answers as asking each key in turn did: over every name each bundle
     * writes, with notes, marks and case around it, against every group of keys in several orders and all keys at once
     * (where one name may read as several keys and the first asked must win).
     */
    @Test
    void matchesAsAskingEachKeyInTurn() {
        java.util.Random random = new java.util.Random(20261130L);
        List<String> typed = new ArrayList<>(List.of("", " ", "()", "x (", "(UTC)", "Start ()", "Nope (Start)"));
        for (Locale language : BundledLanguages.ALL) {
            Properties bundle = Labels.read(BundledLanguages.bundlePath(language));
            for (String key : bundle.stringPropertyNames()) {
                for (String name : bundle.getProperty(key).split("\\|")) {
                    typed.add(name);
                    typed.add(name.toUpperCase(Locale.ROOT) + " (UTC)");
                    typed.add("**" + name + ":** (note) ");
                    typed.add(name + "(");
                    typed.add(name.substring(0, random.nextInt(name.length() + 1)));
                    // Long texts, which are told apart without folding them, in and around a name.
                    String filler = "0123456789 ".repeat(random.nextInt(4)) + "-=*".repeat(random.nextInt(30));
                    typed.add(filler + name + filler);
                    typed.add(name + " (" + "a long note about the zone, " .repeat(1 + random.nextInt(3)) + ")");
                    typed.add("DB failover started after the primary lost its disk, see " + name);
                }
            }
        }
        List<String> allKeys = new ArrayList<>(GROUPS.values().stream().flatMap(List::stream).toList());
        allKeys.add("postmortems.not.a.key");
        List<List<String>> keyOrders = new ArrayList<>();
        for (List<String> keys : Stream.concat(GROUPS.values().stream(), Stream.of(allKeys)).toList()) {
            keyOrders.add(keys);
            List<String> reversed = new ArrayList<>(keys);
            java.util.Collections.reverse(reversed);
            keyOrders.add(reversed);
            List<String> shuffled = new ArrayList<>(keys);
            java.util.Collections.shuffle(shuffled, random);
            keyOrders.add(shuffled);
        }
        int matched = 0;
        for (String text : typed) {
            Labels.Typed foldedOnce = new Labels.Typed(text); // asked against every group in turn, as a reader does
            for (List<String> keys : keyOrders) {
                Optional<String> expected = matchAskingEachKey(text, keys);
                assertEquals(expected, LABELS.match(text, keys), () -> "\"" + text + "\" against " + keys);
                assertEquals(expected, LABELS.match(foldedOnce, keys), () -> "\"" + text + "\" folded once");
                matched += expected.isPresent() ? 1 : 0;
            }
        }
        assertEquals(true, matched > typed.size(), "most names match some key: " + matched);
    }

    /** How a match was found before names were indexed: each key asked in turn whether it has the folded name. */
    private static Optional<String> matchAskingEachKey(String typed, List<String> keys) {
        String folded = Labels.fold(typed);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> key = keys.stream().filter(k -> LABELS.names(k).contains(folded)).findFirst();
        String plain = io.github.postmortems.postmortem.Text.withoutInvisibles(typed);
        int note = plain.lastIndexOf('(');
        if (key.isEmpty() && plain.endsWith(")") && note > 0) {
            String shorter = Labels.fold(plain.substring(0, note));
            return keys.stream().filter(k -> LABELS.names(k).contains(shorter)).findFirst();
        }
        return key;
    }

    @Test
    void noNameMeansTwoThingsInOneTable() {
        List<String> clashes = new ArrayList<>();
        GROUPS.forEach((group, keys) -> {
            Map<String, String> owner = new HashMap<>();
            for (String key : keys) {
                for (String name : LABELS.names(key)) {
                    String other = owner.putIfAbsent(name, key);
                    if (other != null) {
                        clashes.add(group + ": \"" + name + "\" names " + other + " and " + key);
                    }
                }
            }
        });
        assertEquals(List.of(), clashes);
    }

    /** The lists in the unknown-label warnings are the labels themselves, so they cannot drift apart. */
    @Test
    void theKnownLabelsListedInWarningsAreExactlyTheLabelsInEachLanguage() {
        List<String> problems = new ArrayList<>();
        for (Locale language : BundledLanguages.ALL) {
            Properties bundle = Labels.read(BundledLanguages.bundlePath(language));
            check(bundle, language, DetailsReader.KNOWN_FIELDS, FIELDS, problems);
            check(bundle, language, "postmortems.timeline.columns.known",
                    GROUPS.get("timeline columns"), problems);
            check(bundle, language, "postmortems.countermeasure.columns.known",
                    GROUPS.get("countermeasure columns"), problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Properties bundle, Locale language, String listKey, List<String> keys,
                              List<String> problems) {
        String expected = String.join(", ", keys.stream().map(bundle::getProperty).toList());
        if (!expected.equals(bundle.getProperty(listKey))) {
            problems.add(language + " " + listKey + ": \"" + bundle.getProperty(listKey) + "\", labels are \""
                    + expected + "\"");
        }
    }

    /**
     * A remembered fold is the fold: texts asked again, texts sharing a slot of the table (same hash modulo its
     * size), texts just over the remembered length, in every script the bundles use.
     */
    @Test
    void aRememberedFoldIsTheFoldOfThatVeryText() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261130L);
        String alphabet = "AaZz09 -:()\u00e9\u00c9\u0131\u0130\u00df\u4e2d\u200b\u2019\t";
        List<String> texts = new ArrayList<>(List.of("Start", "start", "START (UTC)", "Ende", "Owner", "x".repeat(64),
                "x".repeat(65), "", "  ", "Aa", "BB")); // "Aa" and "BB" share a hash
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(70); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertEquals(Labels.fold(text), Labels.foldRemembered(text), text);
            }
        }
    }

    /** Matching against other keys right after gives their answer, not the last keys' (their longest name differs). */
    @Test
    void eachGroupOfKeysIsJudgedByItsOwnLongestName() {
        Labels labels = new Labels(Map.of("end", java.util.Set.of("end"), "impact", java.util.Set.of("first user impact")));
        List<String> shortNames = List.of("end");
        List<String> longNames = List.of("impact");
        for (int round = 0; round < 3; round++) {
            assertEquals(Optional.empty(), labels.match("First user impact", shortNames));
            assertEquals(Optional.of("impact"), labels.match("First user impact", longNames));
            assertEquals(Optional.of("end"), labels.match("End", shortNames));
        }
    }
}

package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueKeyTest {

    @Test
    void parsesKeysInAnyCaseAndSpacing() {
        assertEquals(Optional.of(new IssueKey("OPS", 142)), IssueKey.parse(" ops-142 "));
        assertEquals("AB_2-7", IssueKey.parse("ab_2-7").orElseThrow().toString());
    }

    @Test
    void parsesOnlyWholeKeys() {
        assertEquals(Optional.empty(), IssueKey.parse("OPS-0"));
        assertEquals(Optional.empty(), IssueKey.parse("see OPS-1"));
        assertEquals(Optional.empty(), IssueKey.parse("1OPS-1"));
        assertEquals(Optional.empty(), IssueKey.parse(null));
    }

    @Test
    void aProjectKeyLongerThanJiraAllowsIsNoKeyRatherThanAnError() {
        assertEquals(255, IssueKey.parse("A".repeat(255) + "-1").orElseThrow().projectKey().length());
        assertEquals(Optional.empty(), IssueKey.parse("A".repeat(256) + "-1"));
        assertEquals(Optional.empty(), IssueKey.find("see " + "A".repeat(300) + "-1"));
    }

    @Test
    void findsAKeyInsideUrlsAndSentences() {
        assertEquals(Optional.of(new IssueKey("OPS", 7)), IssueKey.find("https://jira.example.com/browse/OPS-7?x=1"));
        assertEquals(Optional.of(new IssueKey("INC", 42)), IssueKey.find("tracked in INC-42."));
        // Anything shaped like a key is one until Jira says otherwise: "UTF-8" reads as a key.
        assertEquals(Optional.of(new IssueKey("UTF", 8)), IssueKey.find("encoded as UTF-8"));
    }

    @Test
    void refusesLowerCaseProjectKeysInTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new IssueKey("ops", 1));
    }

    /** What {@code parse} read before it read by hand: the whole text matched against the key's pattern. */
    private static Optional<IssueKey> parsedByPattern(String text) {
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([1-9][0-9]{0,17})").matcher(Text.withoutInvisibles(text));
        if (!m.matches() || m.group(1).length() > 255) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(m.group(1).toUpperCase(Locale.ROOT), Long.parseLong(m.group(2))));
    }

    @Test
    void readsWhatTheKeysPatternReadsInRandomTexts() {
        String alphabet = "AaZzQq019_- -\u200bé.K";
        String projectAlphabet = "AaZzQq019_";
        SplittableRandom random = new SplittableRandom(20261130L);
        int keys = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            boolean keyShaped = i % 2 == 0;
            String chars = keyShaped ? projectAlphabet : alphabet;
            int length = random.nextInt(i % 50 == 0 ? 300 : 24);
            for (int c = 0; c < length; c++) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            if (keyShaped) {
                text.append('-').append(random.nextInt(10) == 0 ? "0" : "").append(
                        random.nextLong(0, random.nextBoolean() ? 1_000 : Long.MAX_VALUE));
                if (random.nextInt(8) == 0) {
                    text.insert(random.nextInt(text.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String typed = text.toString();
            Optional<IssueKey> expected = parsedByPattern(typed);
            keys += expected.isPresent() ? 1 : 0;
            assertEquals(expected, IssueKey.parse(typed), typed);
        }
        assertTrue(keys > 5_000, "the random texts hold keys too: " + keys);
    }
}

package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    /** What squash is defined as; the implementation is a loop for speed. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    @Test
    void squashesRunsOfWhiteSpaceAndNoBreakSpacesIntoOneSpace() {
        assertEquals("Jo Doe rolled back", Text.squash(" \tJo\u00A0\u00A0Doe\n\r rolled\u202Fback\u2007 "));
        assertEquals("", Text.squash(" \u00A0\n"));
        assertEquals("", Text.squash(null));
    }

    /** Squashing while building gives what squashing the whole gives, for pieces of every kind of white space. */
    @Test
    void squashingPieceByPieceIsSquashingTheWhole() {
        char[] alphabet = {'a', 'B', '7', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u001C',
            '\u3000', '\u2028', '\u0085', '.', '\u00E9'};
        Random random = new Random(20261130L);
        for (int round = 0; round < 20_000; round++) {
            Text.Squashing squashing = new Text.Squashing();
            StringBuilder whole = new StringBuilder();
            for (int piece = random.nextInt(6); piece > 0; piece--) {
                if (random.nextInt(4) == 0) {
                    squashing.space();
                    whole.append(' ');
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(8); c > 0; c--) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                int from = random.nextInt(text.length() + 1);
                squashing.append("<" + text + ">", from + 1, text.length() + 1);
                whole.append(text, from, text.length());
            }
            assertEquals(Text.squash(whole.toString()), squashing.text(), () -> "pieces of " + whole);
        }
    }

    @Test
    void readsValuesWithoutDirectionMarksZeroWidthCharactersAndByteOrderMarks() {
        assertEquals("09:15 UTC", Text.withoutInvisibles("\uFEFF\u200E09\u200B:15\u200F\u00A0UTC\u2069"));
        assertEquals("OPS-7", Text.withoutInvisibles("\u2066OPS\u2060-\u200D7\u202C"));
        assertEquals("", Text.withoutInvisibles(null));
        assertEquals("SEV1", Text.withoutInvisibles("SEV\u00AD1"), "a soft hyphen shows nothing either");
    }

    @Test
    void keepsInvisibleCharactersInTextBecauseTitlesNeedThem() {
        assertEquals("\u200F\u05E9\u05DC\u05D5\u05DD \u200D", Text.squash("\u200F\u05E9\u05DC\u05D5\u05DD \u200D"));
    }

    @Test
    void squashesExactlyAsTheRegexDefinitionOnRandomText() {
        char[] alphabet = {'a', 'Z', '1', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2007', '\u202F',
                '\u2003', '\u3000', '\u001C', '\u200B', '-'};
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String typed = text.toString();
            assertEquals(SPACES.matcher(typed).replaceAll(" ").strip(), Text.squash(typed), () -> typed.chars()
                    .mapToObj(c -> String.format("\\u%04X", c)).reduce("", String::concat));
        }
    }

    @Test
    void readsValuesExactlyAsTheDefinitionOnRandomText() {
        char[] alphabet = {'a', '1', ' ', '\t', '\u00A0', '\u2003', '\u00AC', '\u00AD', '\u200B', '\u200E', '\uFEFF',
                '\u2066', '\u0600', '\u061C', '\u180E', '\u202F', ':'};
        Random random = new Random(43);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String typed = text.toString();
            StringBuilder visible = new StringBuilder();
            typed.chars().filter(c -> Character.getType(c) != Character.FORMAT).forEach(c -> visible.append((char) c));
            assertEquals(SPACES.matcher(visible).replaceAll(" ").strip(), Text.withoutInvisibles(typed), () -> typed
                    .chars().mapToObj(c -> String.format("\\u%04X", c)).reduce("", String::concat));
        }
    }
}

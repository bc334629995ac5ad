package io.github.postmortems.postmortem;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    /** What squash is defined as (invisible characters out, then runs of spaces as one); the code is a loop. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    @Test
    void squashesRunsOfWhiteSpaceAndNoBreakSpacesIntoOneSpace() {
        assertEquals("Jo Doe rolled back", Text.squash(" \tJo\u00A0\u00A0Doe\n\r rolled\u202Fback\u2007 "));
        assertEquals("", Text.squash(" \u00A0\n"));
        assertEquals("", Text.squash(null));
    }

    @Test
    void dropsDirectionMarksZeroWidthCharactersAndByteOrderMarks() {
        assertEquals("09:15 UTC", Text.squash("\uFEFF\u200E09\u200B:15\u200F\u00A0UTC\u2069"));
    }

    @Test
    void squashesExactlyAsTheRegexDefinitionOnRandomText() {
        char[] alphabet = {'a', 'Z', '1', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2007', '\u202F',
                '\u2003', '\u3000', '\u001C', '\u200B', '\u200E', '\u2066', '\uFEFF', '-'};
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String typed = text.toString();
            String expected = SPACES.matcher(INVISIBLE.matcher(typed).replaceAll("")).replaceAll(" ").strip();
            assertEquals(expected, Text.squash(typed), () -> typed.chars()
                    .mapToObj(c -> String.format("\\u%04X", c)).reduce("", String::concat));
        }
    }
}

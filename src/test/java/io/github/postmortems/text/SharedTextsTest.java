package io.github.postmortems.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels worded once for all readers of a language; everything else as the host answers it. */
class SharedTextsTest {

    private long now = 1_000L;
    private final SharedTexts shared = new SharedTexts(() -> now);

    @Test
    void aLabelIsAskedOnceForEveryViewInTheSameLanguage() {
        Counting host = new Counting("de");
        for (int view = 0; view < 5; view++) {
            Messages texts = shared.in("de", host);
            assertEquals("de:postmortems.details.field.start[]", texts.text("postmortems.details.field.start"));
        }
        assertEquals(1, host.asked.size());
    }

    @Test
    void eachLanguageHasItsOwnTexts() {
        Counting german = new Counting("de");
        Counting french = new Counting("fr");
        assertEquals("de:k[]", shared.in("de", german).text("k"));
        assertEquals("fr:k[]", shared.in("fr", french).text("k"));
        assertEquals("de:k[]", shared.in("de", french).text("k"), "the German bundle's answer, kept");
        assertEquals(List.of("de:k[]"), german.asked);
        assertEquals(List.of("fr:k[]"), french.asked);
    }

    @Test
    void textsWithShortStringArgumentsAreSharedAndOthersAlwaysAsked() {
        Counting host = new Counting("en");
        String long65 = "x".repeat(SharedTexts.MAX_ARGUMENT_LENGTH + 1);
        for (int view = 0; view < 3; view++) {
            Messages texts = shared.in("en", host);
            assertEquals("en:k[1 h 20 min]", texts.text("k", "1 h 20 min"));
            assertEquals("en:k[a, b]", texts.text("k", "a", "b"));
            assertEquals("en:k[3]", texts.text("k", 3));
            assertEquals("en:k[3]", texts.text("k", 3L));
            assertEquals("en:k[a, 3]", texts.text("k", "a", 3));
            assertEquals("en:knull", texts.text("k", (Object[]) null));
            assertEquals("en:k[null]", texts.text("k", (Object) null));
            assertEquals("en:k[" + long65 + "]", texts.text("k", long65));
            assertEquals("en:k[a, b, c, d, e]", texts.text("k", "a", "b", "c", "d", "e"));
            assertEquals("pattern of k", texts.pattern("k"));
        }
        assertEquals(2 + 3 * 7, host.asked.size(), "the two string texts once, the seven others every time");
    }

    @Test
    void aReaderWhoseLanguageIsNotAPlainTagSharesNothing() {
        for (String odd : new String[] {null, "", "e", "english", "DE", "de-de", "de_DE", "de-DEU", "[[de]]", "de-",
                "\u00e9n", "de-D\u00c9"}) {
            Counting host = new Counting("x");
            assertSame(host, shared.in(odd, host), String.valueOf(odd));
        }
        for (String plain : new String[] {"en", "de", "fr", "pt-BR", "zh-CN", "ast"}) {
            assertTrue(SharedTexts.isPlainTag(plain), plain);
        }
        assertFalse(SharedTexts.isPlainTag("zh-Hans"));
    }

    @Test
    void aTextIsAskedAgainOnceItWasKeptForItsTime() {
        Counting host = new Counting("de");
        shared.in("de", host).text("k");
        now += SharedTexts.KEPT_FOR.toNanos() - 1;
        shared.in("de", host).text("k");
        assertEquals(1, host.asked.size());
        now += 1;
        shared.in("de", host).text("k");
        assertEquals(2, host.asked.size(), "asked again after its time");
        now += SharedTexts.KEPT_FOR.toNanos() - 1;
        shared.in("de", host).text("k");
        assertEquals(2, host.asked.size(), "the new answer is kept from when it was asked");
    }

    @Test
    void forgetsALanguagesTextsTogetherWhenItHoldsItsBoundAndStillAnswersRight() {
        Counting host = new Counting("de");
        Messages texts = shared.in("de", host);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SharedTexts.MAX_KEPT; i++) {
                assertEquals("de:k" + i + "[]", texts.text("k" + i));
            }
        }
        assertEquals(SharedTexts.MAX_KEPT, host.asked.size(), "all kept up to the bound");

        assertEquals("de:one more[x]", texts.text("one more", "x"));
        assertEquals("de:k0[]", texts.text("k0"));
        assertEquals("de:one more[x]", texts.text("one more", "x"));
        assertEquals(SharedTexts.MAX_KEPT + 2, host.asked.size(), "forgotten together, then kept afresh");
    }

    @Test
    void keepsAtMostItsBoundOfLanguages() {
        Counting host = new Counting("de");
        for (int i = 0; i < SharedTexts.MAX_LANGUAGES; i++) {
            shared.in("l" + (char) ('a' + i / 26) + (char) ('a' + i % 26), host);
        }
        Counting late = new Counting("en");
        assertSame(late, shared.in("en", late), "a language past the bound is asked each time");
    }

    @Test
    void answersWhatTheBundleAnswersForManyLabelsAskedInAnyOrder() {
        Messages german = BundleMessages.of("de");
        List<String> keys = List.of("postmortems.details.field.start", "postmortems.common.value.not-set",
                "postmortems.timeline.kind.detect", "postmortems.countermeasure.column.owner",
                "postmortems.macros.timeline.milestone");
        Random random = new Random(20261130L);
        for (int i = 0; i < 5_000; i++) {
            String key = keys.get(random.nextInt(keys.size()));
            assertEquals(german.text(key), shared.in("de", german).text(key), key);
        }
    }

    /** Answers with its language, the key and the arguments, and remembers every ask. */
    private static final class Counting implements Messages {
        final List<String> asked = new ArrayList<>();
        private final String language;

        Counting(String language) {
            this.language = language;
        }

        @Override
        public String text(String key, Object... args) {
            String text = language + ":" + key + Arrays.toString(args);
            asked.add(text);
            return text;
        }

        @Override
        public String pattern(String key) {
            return "pattern of " + key;
        }
    }
}

package io.github.postmortems.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RememberedTextsTest {

    private static final List<String> KEYS = List.of(
            "postmortems.common.value.not-set",
            "postmortems.countermeasures.summary",
            "postmortems.countermeasures.state.said",
            "postmortems.macros.timeline.elapsed",
            "postmortems.common.duration.hours-minutes",
            "postmortems.common.duration.negative",
            "postmortems.macros.warning.at-cell");

    @Test
    void answersWhatTheHostAnswersForManyQuestionsAskedInAnyOrder() {
        Messages host = BundleMessages.of("de");
        Messages remembered = RememberedTexts.over(host);
        Random random = new Random(20261130L);
        for (int i = 0; i < 20_000; i++) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            Object[] args = randomArgs(random);
            assertEquals(outcome(() -> host.text(key, args.clone())),
                    outcome(() -> remembered.text(key, args.clone())), () -> key + " " + Arrays.toString(args));
        }
    }

    @Test
    void asksTheHostOnceForTheSameKeyAndArguments() {
        Counting host = new Counting();
        Messages remembered = RememberedTexts.over(host);
        for (int i = 0; i < 20; i++) {
            assertEquals("postmortems.common.value.not-set[]", remembered.text("postmortems.common.value.not-set"));
            assertEquals("k[a, 3, 4]", remembered.text("k", "a", 3, 4L));
        }
        assertEquals(2, host.asked.size());
    }

    @Test
    void keepsAnIntegerAndALongOfTheSameValueApart() {
        Counting host = new Counting();
        Messages remembered = RememberedTexts.over(host);
        assertEquals("k[3]", remembered.text("k", 3));
        assertEquals("k[3]", remembered.text("k", 3L));
        assertEquals(List.of("k[3]", "k[3]"), host.asked);
        assertEquals("Integer", host.types.get(0));
        assertEquals("Long", host.types.get(1));
    }

    @Test
    void asksEachTimeForArgumentsWhoseEqualValuesMayReadDifferently() {
        Counting host = new Counting();
        Messages remembered = RememberedTexts.over(host);
        Object[][] questions = {{0.0}, {-0.0}, {new BigDecimal("1.0")}, {new BigDecimal("1.00")},
                {Duration.ofMinutes(3)}, {(Object) null}, {"a", 1.5f}};
        for (Object[] args : questions) {
            remembered.text("k", args);
            remembered.text("k", args);
        }
        assertEquals(2 * questions.length, host.asked.size());
    }

    @Test
    void keepsAtMostItsBoundAndStillAnswersRightBeyondIt() {
        Counting host = new Counting();
        Messages remembered = RememberedTexts.over(host);
        int questions = RememberedTexts.MAX_KEPT + 100;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < questions; i++) {
                assertEquals("k[" + i + "]", remembered.text("k", i));
            }
        }
        assertEquals(questions + 100, host.asked.size(), "the first MAX_KEPT are kept, the rest asked again");
    }

    @Test
    void passesPatternsThrough() {
        Messages host = BundleMessages.english();
        assertEquals(host.pattern("postmortems.countermeasures.summary"),
                RememberedTexts.over(host).pattern("postmortems.countermeasures.summary"));
    }

    /** The text, or the exception a pattern's number format throws for a string. */
    private static String outcome(Supplier<String> asking) {
        try {
            return asking.get();
        } catch (IllegalArgumentException e) {
            return "threw " + e.getMessage();
        }
    }

    private static Object[] randomArgs(Random random) {
        Object[] args = new Object[random.nextInt(5)];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(4);
                case 1 -> (long) random.nextInt(4);
                case 2 -> random.nextBoolean() ? "x" : "y'{0}";
                case 3 -> random.nextInt(3) - 1 + 0.0 * random.nextInt(2) * (random.nextBoolean() ? -1 : 1);
                default -> random.nextInt(2_000_000);
            };
        }
        return args;
    }

    /** Answers with the key and the arguments it was asked with, and remembers every ask. */
    private static final class Counting implements Messages {
        final List<String> asked = new ArrayList<>();
        final List<String> types = new ArrayList<>();

        @Override
        public String text(String key, Object... args) {
            String text = key + Arrays.toString(args);
            asked.add(text);
            Arrays.stream(args).map(a -> a == null ? "null" : a.getClass().getSimpleName()).forEach(types::add);
            return text;
        }

        @Override
        public String pattern(String key) {
            return key;
        }
    }
}

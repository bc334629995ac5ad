package io.github.postmortems.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one reader's view, each worded once: a board or a timeline asks for the same few texts on every row
 * ("not set", a kind's name, a state's label) and the host formats every ask afresh. For one view only, since what the
 * host answers follows the reader's language. A text is kept only when its arguments are strings and whole numbers,
 * whose equal values always read alike; at most {@link #MAX_KEPT} texts are kept, later ones are asked each time.
 */
public final class RememberedTexts implements Messages {

    static final int MAX_KEPT = 512;

    private final Messages messages;
    private final Map<Asked, String> texts = new ConcurrentHashMap<>();

    private RememberedTexts(Messages messages) {
        this.messages = messages;
    }

    /** A fresh memory over {@code messages}, for one view. */
    public static RememberedTexts over(Messages messages) {
        return new RememberedTexts(messages);
    }

    @Override
    public String text(String key, Object... args) {
        if (key == null || !keepable(args)) {
            return messages.text(key, args);
        }
        Asked asked = new Asked(key, List.of(args));
        String known = texts.get(asked);
        if (known != null) {
            return known;
        }
        String text = messages.text(key, args);
        if (text != null && texts.size() < MAX_KEPT) {
            texts.put(asked, text);
        }
        return text;
    }

    @Override
    public String pattern(String key) {
        return messages.pattern(key);
    }

    /**
     * Strings, integers and longs only: equal values of other types may read differently (0.0 and -0.0 as doubles
     * are unequal, but 1.0 and 1.00 as decimals are too, and a date's reading may depend on more than equality).
     */
    private static boolean keepable(Object[] args) {
        if (args == null) {
            return false;
        }
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A question to the host: the key and its arguments; an Integer and a Long are different arguments. Also what
     * {@link SharedTexts} keeps its texts with string arguments under.
     */
    record Asked(String key, List<Object> args) {
    }
}

package io.github.postmortems.text;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Texts worded once for everybody who reads them in the same language: every view of a postmortem page asks for the
 * same sixty-odd labels ("Start", "Owner", a kind's name) and durations ("1 h 20 min"), and the host formats each ask
 * afresh. Shared are texts without arguments and texts whose arguments are short strings, which a message format
 * writes as they are, whoever reads them; numbers, dates and the like are written by the reader's locale and asked
 * each time. A language is the tag our own bundles answer for {@code postmortems.common.locale} in the reader's
 * language, so everybody our German bundle answers shares its German texts. An answer that is not a plain language tag
 * (a translation tool marking the host's texts, say) shares nothing: that reader's texts are asked as before.
 *
 * <p>A text is asked again once it was kept for {@link #KEPT_FOR}, so a change in what the host answers shows within
 * minutes without a restart; at most {@link #MAX_KEPT} texts per language and {@link #MAX_LANGUAGES} languages are
 * kept: a language's texts are forgotten together when it holds that many, and texts of languages beyond the bound
 * are asked each time.
 */
public final class SharedTexts {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    static final int MAX_KEPT = 1_024;
    static final int MAX_LANGUAGES = 32;
    /** Longer string arguments, and more of them, make a text that is asked each time. */
    static final int MAX_ARGUMENT_LENGTH = 64;
    static final int MAX_ARGUMENTS = 4;

    private final LongSupplier nanoTime;
    private final Map<String, Map<Object, Kept>> languages = new ConcurrentHashMap<>();

    public SharedTexts() {
        this(System::nanoTime);
    }

    /** @param nanoTime the clock texts age by ({@link System#nanoTime()} outside tests) */
    SharedTexts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * {@code host}'s texts for a reader our bundles answer in {@code language}: those without arguments or with short
     * string arguments as readers of that language were answered before, the others from {@code host}. {@code host}
     * itself when the language is not a plain tag ({@code de}, {@code pt-BR}) or too many languages are kept already.
     */
    public Messages in(String language, Messages host) {
        if (!isPlainTag(language)) {
            return host;
        }
        Map<Object, Kept> texts = languages.get(language);
        if (texts == null) {
            if (languages.size() >= MAX_LANGUAGES) {
                return host;
            }
            texts = languages.computeIfAbsent(language, tag -> new ConcurrentHashMap<>());
        }
        return new Shared(texts, host);
    }

    /** Two or three lower-case letters, optionally a hyphen and two upper-case letters: what our bundles answer. */
    static boolean isPlainTag(String tag) {
        if (tag == null) {
            return false;
        }
        int language = 0;
        while (language < tag.length() && tag.charAt(language) >= 'a' && tag.charAt(language) <= 'z') {
            language++;
        }
        if (language < 2 || language > 3) {
            return false;
        }
        if (language == tag.length()) {
            return true;
        }
        return tag.length() == language + 3 && tag.charAt(language) == '-' && isUpper(tag.charAt(language + 1))
                && isUpper(tag.charAt(language + 2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * What a text is kept under: the key alone for a text without arguments, the key and its string arguments
     * otherwise; null when it is not kept.
     */
    private static Object question(String key, Object[] args) {
        if (key == null || args == null || args.length > MAX_ARGUMENTS) {
            return null;
        }
        if (args.length == 0) {
            return key;
        }
        for (Object arg : args) {
            if (!(arg instanceof String text) || text.length() > MAX_ARGUMENT_LENGTH) {
                return null;
            }
        }
        return new RememberedTexts.Asked(key, List.of(args));
    }

    private record Kept(String text, long askedAt) {
    }

    private final class Shared implements Messages {

        private final Map<Object, Kept> texts;
        private final Messages host;

        Shared(Map<Object, Kept> texts, Messages host) {
            this.texts = texts;
            this.host = host;
        }

        @Override
        public String text(String key, Object... args) {
            Object question = question(key, args);
            if (question == null) {
                return host.text(key, args);
            }
            long now = nanoTime.getAsLong();
            Kept kept = texts.get(question);
            if (kept != null && now - kept.askedAt() < KEPT_FOR.toNanos()) {
                return kept.text();
            }
            String text = host.text(key, args);
            if (text != null) {
                if (kept == null && texts.size() >= MAX_KEPT) {
                    texts.clear(); // a bound, not a cache policy: the labels in use come back with the next views
                }
                texts.put(question, new Kept(text, now));
            }
            return text;
        }

        @Override
        public String pattern(String key) {
            return host.pattern(key);
        }
    }
}

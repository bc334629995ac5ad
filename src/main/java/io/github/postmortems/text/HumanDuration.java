package io.github.postmortems.text;

import java.time.Duration;

/**
 * Durations as people say them: "47 min", "1 h 12 min", "3 d 4 h". Two units at most, because "1 d 2 h 3 min" is
 * harder to read than it is precise; seconds only under a minute.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    public static String format(Duration duration, Messages messages) {
        long seconds = Math.abs(duration.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        String text;
        if (days > 0) {
            text = hours > 0 ? messages.text("postmortems.common.duration.days-hours", count(days), count(hours))
                    : messages.text("postmortems.common.duration.days", count(days));
        } else if (hours > 0) {
            text = minutes > 0
                    ? messages.text("postmortems.common.duration.hours-minutes", count(hours), count(minutes))
                    : messages.text("postmortems.common.duration.hours", count(hours));
        } else if (minutes > 0) {
            text = messages.text("postmortems.common.duration.minutes", count(minutes));
        } else {
            text = messages.text("postmortems.common.duration.seconds", count(seconds));
        }
        return duration.isNegative() ? messages.text("postmortems.common.duration.negative", text) : text;
    }

    /**
     * A count as the message format writes it: below 1,000 that is its Latin digits alone in every language Confluence
     * ships, so it is handed over as text, which readers of a language share ({@link SharedTexts}) and the host writes
     * without building a number format; larger counts as numbers, grouped as the reader's locale groups them. (A host
     * locale with digits of its own, which Confluence does not ship, gets Latin digits, as our bundles' languages and
     * the times beside the durations have.)
     */
    static Object count(long count) {
        return count >= 0 && count < 1_000 ? Long.toString(count) : (Object) count;
    }
}

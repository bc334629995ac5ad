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
            text = hours > 0 ? messages.text("postmortems.common.duration.days-hours", days, hours)
                    : messages.text("postmortems.common.duration.days", days);
        } else if (hours > 0) {
            text = minutes > 0 ? messages.text("postmortems.common.duration.hours-minutes", hours, minutes)
                    : messages.text("postmortems.common.duration.hours", hours);
        } else if (minutes > 0) {
            text = messages.text("postmortems.common.duration.minutes", minutes);
        } else {
            text = messages.text("postmortems.common.duration.seconds", seconds);
        }
        return duration.isNegative() ? messages.text("postmortems.common.duration.negative", text) : text;
    }
}

package io.github.postmortems.confluence.admin;

import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.text.Messages;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The "Weekly digest" section of the site's settings page: the switch and the day as saved, the site's time zone
 * the day is counted in, and where the section saves.
 *
 * @param zone    the site's time zone id, shown beside the day
 * @param restUrl the digest settings resource, relative to the site
 */
public record DigestSection(DigestSettings settings, String zone, String restUrl, String scriptUrl,
                           Messages messages) {

    /** A day as the form's select offers it. */
    public record Day(String value, String label, boolean selected) {
    }

    public DigestSection {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(messages, "messages");
    }

    public String text(String key) {
        return messages.text(key);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public List<Day> days() {
        return Arrays.stream(DayOfWeek.values()).map(day -> new Day(day.name(),
                messages.text(dayKey(day)), day == settings.day())).toList();
    }

    /** "Sent from 08:00 in the site's time zone (Europe/Berlin)." */
    public String dayHint() {
        return messages.text("postmortems.digest.admin.day.hint", zone);
    }

    static String dayKey(DayOfWeek day) {
        return "postmortems.digest.day." + day.name().toLowerCase(Locale.ROOT);
    }
}

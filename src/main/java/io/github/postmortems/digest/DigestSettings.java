package io.github.postmortems.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What the administrator chose for the weekly digest: whether it is sent at all, and on which day of the week (in the
 * site's time zone). It goes out with the first run of the job from {@link #SEND_FROM} on that day.
 */
public record DigestSettings(boolean enabled, DayOfWeek day) {

    /** Early enough to be read that morning, late enough that a run at midnight UTC is not "Monday" for Americans. */
    public static final LocalTime SEND_FROM = LocalTime.of(8, 0);

    public DigestSettings {
        Objects.requireNonNull(day, "day");
    }

    /** On, on Mondays: the start of the working week in the three bundled languages' countries. */
    public static DigestSettings defaults() {
        return new DigestSettings(true, DayOfWeek.MONDAY);
    }
}

package io.github.postmortems.text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant written as {@link Instant#toString()} writes it ("2026-10-04T09:12:00Z", a fraction in groups of three
 * digits when there is one), for the timeline's machine-readable times: written here with a few appends instead of
 * through the ISO formatter, one per line of a long timeline. Instants outside years 1970 to 9999 are left to
 * {@code toString}, whose signs and longer years this does not write.
 */
public final class IsoInstant {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 10000-01-01T00:00:00Z: from here on years have five digits and a sign. */
    private static final long YEAR_10000 = 253_402_300_800L;

    private IsoInstant() {
    }

    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int ofDay = (int) (seconds % SECONDS_PER_DAY);
        int nano = instant.getNano();
        char[] out = new char[30];
        int at = digits(out, 0, date.getYear(), 4);
        out[at++] = '-';
        at = digits(out, at, date.getMonthValue(), 2);
        out[at++] = '-';
        at = digits(out, at, date.getDayOfMonth(), 2);
        out[at++] = 'T';
        at = digits(out, at, ofDay / 3600, 2);
        out[at++] = ':';
        at = digits(out, at, ofDay / 60 % 60, 2);
        out[at++] = ':';
        at = digits(out, at, ofDay % 60, 2);
        if (nano != 0) {
            out[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(out, at, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                at = digits(out, at, nano / 1_000, 6);
            } else {
                at = digits(out, at, nano, 9);
            }
        }
        out[at++] = 'Z';
        return new String(out, 0, at);
    }

    /** Writes {@code value} in exactly {@code width} digits, zeros in front; answers where the next one goes. */
    private static int digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}

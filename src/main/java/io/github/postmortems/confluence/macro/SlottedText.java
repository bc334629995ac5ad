package io.github.postmortems.confluence.macro;

import java.util.regex.Pattern;

/**
 * A text whose first argument ({@code {0}}, taking a string as it is) changes from use to use while any others stay,
 * worded once per view and filled in for each value: a long timeline says "+{0}" before some fifty elapsed times, and
 * "Incident time: {0} ({1})" beside each time, and each wording is a message format.
 */
final class SlottedText {

    private static final String SLOT = "\u0000slot\u0000";
    private static final Pattern AT_SLOT = Pattern.compile(Pattern.quote(SLOT));

    private final String[] around;

    private SlottedText(String[] around) {
        this.around = around;
    }

    /** The viewer's text for {@code key}, its first argument a string inserted as written, then {@code others}. */
    static SlottedText of(Viewer viewer, String key, Object... others) {
        Object[] args = new Object[others.length + 1];
        args[0] = SLOT;
        System.arraycopy(others, 0, args, 1, others.length);
        return new SlottedText(AT_SLOT.split(viewer.text(key, args), -1));
    }

    /** What {@code viewer.text(key, value, others...)} says. */
    String with(String value) {
        return String.join(value, around);
    }
}

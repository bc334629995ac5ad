package io.github.postmortems.confluence.macro;

import java.util.regex.Pattern;

/**
 * A text with one plain argument ({@code {0}} taking a string as it is), worded once per view and filled in for each
 * value: a long timeline says "+{0}" before some fifty elapsed times, and each wording is a message format.
 */
final class SlottedText {

    private static final String SLOT = "\u0000slot\u0000";
    private static final Pattern AT_SLOT = Pattern.compile(Pattern.quote(SLOT));

    private final String[] around;

    private SlottedText(String[] around) {
        this.around = around;
    }

    /** The viewer's text for {@code key}, whose only argument is a string inserted as written. */
    static SlottedText of(Viewer viewer, String key) {
        return new SlottedText(AT_SLOT.split(viewer.text(key, SLOT), -1));
    }

    /** What {@code viewer.text(key, value)} says. */
    String with(String value) {
        return String.join(value, around);
    }
}

package io.github.postmortems.confluence.macro;

import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A slotted text says what the viewer's text says with the value as its argument, in every bundled language. */
class SlottedTextTest {

    @Test
    void theElapsedTimeAndTheIncidentTimeReadAsTheMessageFormatWritesThemInEveryLanguage() {
        for (String language : List.of("en", "de", "fr")) {
            Messages messages = BundleMessages.of(language);
            Viewer viewer = new Viewer(ZoneOffset.UTC, Locale.forLanguageTag(language), false, "", "", ZoneOffset.UTC,
                    messages);
            SlottedText elapsed = SlottedText.of(viewer, TimelineViews.ELAPSED);
            for (String value : List.of("6 min", "1 h 48 min", "", "{0}", "it's", "$1 \\ {1}", "a\u0000b", "25 s")) {
                assertEquals(messages.text(TimelineViews.ELAPSED, value), elapsed.with(value), language + ": " + value);
                assertEquals(messages.text("postmortems.macros.time.incident-zone", value, "Europe/Berlin"),
                        SlottedText.of(viewer, "postmortems.macros.time.incident-zone", "Europe/Berlin").with(value),
                        language + ": " + value);
            }
        }
    }

    @Test
    void aTextWithTheArgumentTwiceOrNotAtAllIsFilledInAlike() {
        for (String pattern : List.of("+{0}", "{0} and {0}", "nothing", "''{0}'' at the end {0}", "{0}")) {
            Messages messages = new Messages() {
                @Override
                public String text(String key, Object... args) {
                    return new java.text.MessageFormat(pattern, Locale.ENGLISH).format(args);
                }

                @Override
                public String pattern(String key) {
                    return pattern;
                }
            };
            Viewer viewer = new Viewer(ZoneOffset.UTC, Locale.ENGLISH, false, "", "", ZoneOffset.UTC, messages);
            assertEquals(messages.text("k", "6 min"), SlottedText.of(viewer, "k").with("6 min"), pattern);
        }
    }
}

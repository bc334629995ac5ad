package io.github.postmortems.timeline;


import java.util.Objects;

/**
 * A row of the timeline as read: an entry, or a row whose time could not be read, kept with its text so a view can
 * still show it in place (next to the warning that says why).
 */
public sealed interface TimelineRow {

    /** 1-based data row in the table. */
    int row();

    record Entry(TimelineEntry entry) implements TimelineRow {
        public Entry {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public int row() {
            return entry.row();
        }
    }

    /**
     * @param typedTime what the time cell says
     * @param text      the event as plain text
     * @param richText  the event cell's own markup
     */
    record Unreadable(int row, String typedTime, String text, String richText) implements TimelineRow {
        public Unreadable {
            if (row < 1) {
                throw new IllegalArgumentException("rows are 1-based: " + row);
            }
            typedTime = typedTime == null ? "" : typedTime;
            text = text == null ? "" : text;
            richText = richText == null ? "" : richText;
        }
    }
}

package io.github.postmortems.storage;

import java.util.Locale;

/** Time | Event | Evidence | Kind, in the order a table without a header row is read. */
enum TimelineColumn implements Column {
    TIME,
    EVENT,
    EVIDENCE,
    KIND;

    @Override
    public String key() {
        return "postmortems.timeline.column." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean required() {
        return this == TIME;
    }
}

package io.github.postmortems.timeline;

import java.util.Locale;

/** What a timeline entry marks in the incident's course. */
public enum EntryKind {
    TRIGGER,
    DETECT,
    IMPACT,
    MITIGATE,
    RESOLVE,
    OTHER;

    /** i18n key of the kind's display name; the storage reader also matches these names in every bundled language. */
    public String i18nKey() {
        return "postmortems.timeline.kind." + name().toLowerCase(Locale.ROOT);
    }
}

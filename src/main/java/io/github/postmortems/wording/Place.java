package io.github.postmortems.wording;

import java.util.Locale;

/** Where on the page a hint's words are: in the page's own text, or inside one of the postmortem macros' tables. */
public enum Place {
    /** Prose under the heading the hint names (or above the first heading). */
    TEXT,
    /** The postmortem-details table. */
    DETAILS,
    /** The incident-timeline table. */
    TIMELINE,
    /** The countermeasures table. */
    COUNTERMEASURES;

    /** Its name for a reader; for {@link #TEXT}, what a hint above the first heading is said to be under. */
    public String labelKey() {
        return "postmortems.macros.details.wording.place." + (this == TEXT ? "top" : name().toLowerCase(Locale.ROOT));
    }
}

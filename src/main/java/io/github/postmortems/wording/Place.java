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

    public String labelKey() {
        return "postmortems.macros.details.wording.place." + name().toLowerCase(Locale.ROOT);
    }
}

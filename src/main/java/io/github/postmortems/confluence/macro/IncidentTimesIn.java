package io.github.postmortems.confluence.macro;

import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.storage.ReadingContext;

import java.time.ZoneId;

/**
 * A render's question for the incident's times as the page's details give them, times typed without a zone read in
 * the context's: asked by the timeline of the page's storage, and answered beforehand by the details card when it is
 * rendered first (it has read the same table from its body), so a page's details are read once per view.
 */
record IncidentTimesIn(ReadingContext context) {

    /** How the card and the timeline read the details of a page titled {@code pageTitle} (null for none). */
    static ReadingContext readingContext(ZoneId zone, String pageTitle) {
        return new ReadingContext(zone, SeverityScale.defaults(), pageTitle, null);
    }
}

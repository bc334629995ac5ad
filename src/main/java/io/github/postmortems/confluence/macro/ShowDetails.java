package io.github.postmortems.confluence.macro;

import io.github.postmortems.storage.DetailsReading;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;

/** The postmortem-details macro's use case: read its table, build the card for this viewer. */
public class ShowDetails {

    private final StorageReader reader;
    private final DetailsCards cards;

    public ShowDetails(StorageReader reader, DetailsCards cards) {
        this.reader = reader;
        this.cards = cards;
    }

    public DetailsCard show(String body, String pageTitle, Viewer viewer) {
        return cards.card(read(body, pageTitle, viewer), viewer);
    }

    /** The table as read, for a caller that needs more of it than the card (the review section). */
    public DetailsReading read(String body, String pageTitle, Viewer viewer) {
        ReadingContext context = IncidentTimesIn.readingContext(viewer.siteZone(), pageTitle);
        return reader.readDetails(body == null ? "" : body, context);
    }

    public DetailsCard card(DetailsReading reading, Viewer viewer) {
        return cards.card(reading, viewer);
    }
}

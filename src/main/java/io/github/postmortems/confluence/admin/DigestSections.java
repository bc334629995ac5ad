package io.github.postmortems.confluence.admin;

import io.github.postmortems.digest.DigestSettingsStore;
import io.github.postmortems.text.Messages;

import java.time.ZoneId;
import java.util.function.Supplier;

/** Builds the settings page's "Weekly digest" section from the saved settings and the site's time zone. */
public class DigestSections {

    static final String SCRIPT = "postmortems-digest.js";

    private final DigestSettingsStore store;
    private final Supplier<ZoneId> siteZone;
    private final Messages messages;

    public DigestSections(DigestSettingsStore store, Supplier<ZoneId> siteZone, Messages messages) {
        this.store = store;
        this.siteZone = siteZone;
        this.messages = messages;
    }

    /** @param site the site's relative base URL, no trailing slash */
    public DigestSection section(String site) {
        return new DigestSection(store.load(), siteZone.get().getId(), site + AdminPages.REST_PATH + "/digest",
                site + AdminPages.RESOURCES + SCRIPT, messages);
    }
}

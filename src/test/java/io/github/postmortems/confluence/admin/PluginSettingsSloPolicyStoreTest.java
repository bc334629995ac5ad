package io.github.postmortems.confluence.admin;

import io.github.postmortems.review.SloPolicy;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SLO policies in SAL's settings: the site's in the global settings, a space's in its own, and garbled values. */
class PluginSettingsSloPolicyStoreTest {

    private static final SloPolicy WEEKLY = new SloPolicy(Map.of("P1", Period.ofDays(7), "P2", Period.ofDays(7),
            "P3", Period.ofDays(14), "P4", Period.ofDays(21)));

    private final MapPluginSettings settings = new MapPluginSettings();
    private final PluginSettingsSloPolicyStore store = new PluginSettingsSloPolicyStore(settings);

    @Test
    void untilSavedTheSiteHasTheDefaultsAndNoSpaceHasItsOwn() {
        assertEquals(SloPolicy.defaults(), store.site());
        assertEquals(Optional.empty(), store.space("ENG"));
        assertEquals(SloPolicy.defaults(), store.applying("ENG"));
    }

    @Test
    void aSpacesOwnPolicyComesBackAsSavedAndOnlyForThatSpace() {
        store.saveSpace("ENG", Optional.of(WEEKLY));

        assertEquals(WEEKLY, store.applying("ENG"));
        assertEquals("14", settings.createSettingsForKey("ENG").get(PluginSettingsSloPolicyStore.DAYS + "P3"));
        assertEquals(SloPolicy.defaults(), store.applying("OPS"));
        assertEquals(SloPolicy.defaults(), store.site());
    }

    @Test
    void aPolicyEditedByHandOrLeftAsAnotherTypeIsNotUsed() {
        store.saveSite(WEEKLY);
        store.saveSpace("ENG", Optional.of(WEEKLY));
        settings.createSettingsForKey("ENG").put(PluginSettingsSloPolicyStore.DAYS + "P2", "9999");
        settings.values.put(PluginSettingsSloPolicyStore.DAYS + "P1", java.util.List.of("7"));

        assertEquals(Optional.empty(), store.space("ENG"));
        assertEquals(SloPolicy.defaults(), store.site());
        assertEquals(SloPolicy.defaults(), store.applying("ENG"));
    }
}

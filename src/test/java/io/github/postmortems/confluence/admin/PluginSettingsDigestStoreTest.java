package io.github.postmortems.confluence.admin;

import io.github.postmortems.digest.DigestSettings;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest's settings, sent week, opt-outs and link secret in SAL plugin settings. */
class PluginSettingsDigestStoreTest {

    private final MapPluginSettings settings = new MapPluginSettings();
    private final PluginSettingsDigestStore store = new PluginSettingsDigestStore(settings);

    @Test
    void keepsTheSwitchTheDayAndTheWeekSent() {
        store.save(new DigestSettings(false, DayOfWeek.WEDNESDAY));
        store.sentWeek("2026-W46");

        assertAll(
                () -> assertEquals(new DigestSettings(false, DayOfWeek.WEDNESDAY), store.load()),
                () -> assertEquals(Optional.of("2026-W46"), new PluginSettingsDigestStore(settings).lastWeek()));
    }

    @Test
    void aValueThatIsNoDayGivesTheDefaultDay() {
        settings.put(PluginSettingsDigestStore.DAY, "someday");
        settings.values.put(PluginSettingsDigestStore.ENABLED, 42); // not text: the default holds

        assertEquals(DigestSettings.defaults(), store.load());
    }

    @Test
    void eachPersonStopsAndResumesTheirOwnUnderAKeyThatFitsWhateverTheirUserKey() {
        String longKey = "k".repeat(255);
        store.stop(longKey);

        assertAll(
                () -> assertTrue(store.stopped(longKey)),
                () -> assertFalse(store.stopped("k")),
                () -> assertTrue(settings.values.keySet().stream().allMatch(key -> key.length() < 100),
                        settings.values.keySet().toString()));
        store.resume(longKey);
        assertFalse(store.stopped(longKey));
    }

    @Test
    void theLinkSecretIsMadeOnceAndTokensDependOnIt() {
        String token = store.tokens().token("k-ada");

        assertAll(
                () -> assertEquals(token, new PluginSettingsDigestStore(settings).tokens().token("k-ada")),
                () -> assertTrue(store.tokens().matches("k-ada", token)),
                () -> assertFalse(store.tokens().matches("k-bea", token)),
                () -> assertNotEquals(token, new PluginSettingsDigestStore(new MapPluginSettings()).tokens()
                        .token("k-ada")));
    }
}

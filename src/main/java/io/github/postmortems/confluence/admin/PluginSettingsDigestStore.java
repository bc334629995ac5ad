package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.postmortems.digest.DigestOptOuts;
import io.github.postmortems.digest.DigestSettings;
import io.github.postmortems.digest.DigestSettingsStore;
import io.github.postmortems.digest.StopTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The weekly digest's settings in SAL's global plugin settings: the administrator's switch and day, the last week
 * sent, the secret of the stop links, and who stopped it. A person's choice is kept under a hash of their user key,
 * so any key fits the settings' key length. A stored value that cannot be read gives the default, with a warning.
 */
public class PluginSettingsDigestStore implements DigestSettingsStore, DigestOptOuts {

    static final String PREFIX = PluginSettingsJiraSettingsStore.PREFIX + "digest.";
    static final String ENABLED = PREFIX + "enabled";
    static final String DAY = PREFIX + "day";
    static final String WEEK = PREFIX + "week";
    static final String SECRET = PREFIX + "secret";
    /** Followed by the hash of a user key; present while that person has stopped the digest. */
    static final String STOPPED = PREFIX + "stopped.";

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsDigestStore.class);

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsDigestStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public DigestSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        DigestSettings defaults = DigestSettings.defaults();
        String enabled = SettingsValues.string(settings, ENABLED);
        String day = SettingsValues.string(settings, DAY);
        DayOfWeek chosen = defaults.day();
        if (!day.isEmpty()) {
            try {
                chosen = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("Weekly digest: {} holds no day of the week; {} applies", DAY, chosen);
            }
        }
        return new DigestSettings(enabled.isEmpty() ? defaults.enabled() : !enabled.equals("false"), chosen);
    }

    @Override
    public void save(DigestSettings digest) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        settings.put(ENABLED, digest.enabled() ? "true" : "false");
        settings.put(DAY, digest.day().name());
        LOG.info("Weekly digest settings saved: {}, on {}", digest.enabled() ? "on" : "off", digest.day());
    }

    @Override
    public Optional<String> lastWeek() {
        String week = SettingsValues.string(settingsFactory.createGlobalSettings(), WEEK);
        return week.isEmpty() ? Optional.empty() : Optional.of(week);
    }

    @Override
    public void sentWeek(String week) {
        settingsFactory.createGlobalSettings().put(WEEK, week);
    }

    @Override
    public boolean stopped(String userKey) {
        return settingsFactory.createGlobalSettings().get(STOPPED + hash(userKey)) != null;
    }

    @Override
    public void stop(String userKey) {
        settingsFactory.createGlobalSettings().put(STOPPED + hash(userKey), "1");
    }

    @Override
    public void resume(String userKey) {
        settingsFactory.createGlobalSettings().remove(STOPPED + hash(userKey));
    }

    /** The stop links' tokens under the site's secret, made on first use (32 random bytes). */
    public StopTokens tokens() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        String stored = SettingsValues.string(settings, SECRET);
        byte[] secret;
        try {
            secret = stored.isEmpty() ? null : Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException unreadable) {
            secret = null;
        }
        if (secret == null || secret.length < 32) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            settings.put(SECRET, Base64.getEncoder().encodeToString(secret));
        }
        return new StopTokens(secret);
    }

    private static String hash(String userKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.settings.SloPolicyForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SloPolicyStore} in SAL's plugin settings, as the approval rules are kept: the site's policy in the global
 * settings, a space's in that space's settings, days per priority. Stored values are read back through the form's
 * own checks: a policy that does not pass them (edited by hand, left by another version) is not used, with a warning
 * naming the key, and the site's policy (for a space) or the defaults (for the site) apply.
 */
public class PluginSettingsSloPolicyStore implements SloPolicyStore {

    static final String PREFIX = PluginSettingsJiraSettingsStore.PREFIX + "slo.";
    /** Set while a policy is saved here: the site's once saved, a space's while it uses its own. */
    static final String OWN = PREFIX + "own";
    /** Followed by P1..P4. */
    static final String DAYS = PREFIX + "days.";

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsSloPolicyStore.class);

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsSloPolicyStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public SloPolicy site() {
        return read(settingsFactory.createGlobalSettings(), "the site").orElseGet(SloPolicy::defaults);
    }

    @Override
    public Optional<SloPolicy> space(String spaceKey) {
        return read(settingsFactory.createSettingsForKey(spaceKey), "space " + spaceKey);
    }

    @Override
    public void saveSite(SloPolicy policy) {
        write(settingsFactory.createGlobalSettings(), Optional.of(policy));
        LOG.info("SLO policy of the site saved: {}", SloPolicyForm.showing(policy).days());
    }

    @Override
    public void saveSpace(String spaceKey, Optional<SloPolicy> policy) {
        write(settingsFactory.createSettingsForKey(spaceKey), policy);
        LOG.info("SLO policy of space {} saved: {}", spaceKey, policy.isPresent() ? "its own" : "the site's");
    }

    private static void write(PluginSettings settings, Optional<SloPolicy> policy) {
        SloPolicyForm form = policy.map(SloPolicyForm::showing).orElse(new SloPolicyForm(Map.of()));
        for (String code : SloPolicyForm.PRIORITY_CODES) {
            SettingsValues.put(settings, DAYS + code, form.day(code));
        }
        SettingsValues.put(settings, OWN, policy.isPresent() ? "1" : "");
    }

    private static Optional<SloPolicy> read(PluginSettings settings, String whose) {
        if (!"1".equals(text(settings, OWN, whose))) {
            return Optional.empty();
        }
        Map<String, String> days = new LinkedHashMap<>();
        for (String code : SloPolicyForm.PRIORITY_CODES) {
            days.put(code, text(settings, DAYS + code, whose));
        }
        SloPolicyForm.Outcome outcome = new SloPolicyForm(days).check();
        if (outcome instanceof SloPolicyForm.Outcome.Invalid invalid) {
            LOG.warn("SLO policy of {} cannot be used ({}); {} apply", whose,
                    invalid.problems().stream().map(p -> PREFIX + p.field()).toList(),
                    whose.equals("the site") ? "the defaults" : "the site's");
            return Optional.empty();
        }
        return Optional.of(((SloPolicyForm.Outcome.Valid) outcome).policy());
    }

    /** The stored text; "" for a value that is not text, with a warning (the form then refuses it). */
    private static String text(PluginSettings settings, String key, String whose) {
        Object value = settings.get(key);
        if (value != null && !(value instanceof String)) {
            LOG.warn("SLO policy of {}: {} holds a {}, not text", whose, key, value.getClass().getSimpleName());
            return "";
        }
        return SettingsValues.string(settings, key);
    }
}

package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.settings.ApprovalRulesForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ApprovalRulesStore} in SAL's plugin settings: the site's rules in the global settings, a space's in that
 * space's settings, names one a line. Stored values are read back through the form's own checks: rules that do not
 * pass them (edited by hand, left by another version) are not used, with a warning naming the key, and the site's
 * rules (for a space) or the defaults (for the site) apply.
 */
public class PluginSettingsApprovalRulesStore implements ApprovalRulesStore {

    static final String PREFIX = PluginSettingsJiraSettingsStore.PREFIX + "review.";
    /** Set while rules are saved here: the site's once saved, a space's while it uses its own. */
    static final String OWN = PREFIX + "own";
    static final String USERS = PREFIX + "users";
    static final String GROUPS = PREFIX + "groups";
    /** Followed by SEV1..SEV4. */
    static final String APPROVALS = PREFIX + "approvals.";

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsApprovalRulesStore.class);

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsApprovalRulesStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public ApprovalRules site() {
        return read(settingsFactory.createGlobalSettings(), "the site").orElseGet(ApprovalRules::siteDefaults);
    }

    @Override
    public Optional<ApprovalRules> space(String spaceKey) {
        return read(settingsFactory.createSettingsForKey(spaceKey), "space " + spaceKey);
    }

    @Override
    public void saveSite(ApprovalRules rules) {
        write(settingsFactory.createGlobalSettings(), Optional.of(rules));
        LOG.info("Approval rules of the site saved: {} approvers and groups", rules.users().size() + rules.groups().size());
    }

    @Override
    public void saveSpace(String spaceKey, Optional<ApprovalRules> rules) {
        write(settingsFactory.createSettingsForKey(spaceKey), rules);
        LOG.info("Approval rules of space {} saved: {}", spaceKey, rules.isPresent() ? "its own" : "the site's");
    }

    private static void write(PluginSettings settings, Optional<ApprovalRules> rules) {
        ApprovalRulesForm form = rules.map(ApprovalRulesForm::showing).orElse(new ApprovalRulesForm("", "", Map.of()));
        SettingsValues.put(settings, USERS, form.users());
        SettingsValues.put(settings, GROUPS, form.groups());
        for (String code : ApprovalRulesForm.SEVERITY_CODES) {
            SettingsValues.put(settings, APPROVALS + code, form.approval(code));
        }
        SettingsValues.put(settings, OWN, rules.isPresent() ? "1" : "");
    }

    private static Optional<ApprovalRules> read(PluginSettings settings, String whose) {
        if (!text(settings, OWN, whose).equals("1")) {
            return Optional.empty();
        }
        Map<String, String> approvals = new LinkedHashMap<>();
        for (String code : ApprovalRulesForm.SEVERITY_CODES) {
            approvals.put(code, text(settings, APPROVALS + code, whose));
        }
        ApprovalRulesForm stored = new ApprovalRulesForm(text(settings, USERS, whose), text(settings, GROUPS, whose),
                approvals);
        if (stored.users().equals(NOT_TEXT) || stored.groups().equals(NOT_TEXT)) {
            LOG.warn("Approval rules of {} cannot be used; {} apply", whose,
                    whose.equals("the site") ? "the defaults" : "the site's");
            return Optional.empty();
        }
        if (stored.check() instanceof ApprovalRulesForm.Outcome.Invalid invalid) {
            LOG.warn("Approval rules of {} cannot be used ({}); {} apply", whose,
                    invalid.problems().stream().map(p -> PREFIX + p.field() + ": " + p.messageKey()).toList(),
                    whose.equals("the site") ? "the defaults" : "the site's");
            return Optional.empty();
        }
        return Optional.of(((ApprovalRulesForm.Outcome.Valid) stored.check()).rules());
    }

    /** Stands for a stored value that is not text: no name can be it (it holds a control character). */
    private static final String NOT_TEXT = "\u0000";

    /** The stored text; {@link #NOT_TEXT} for a value that is not text, with a warning. */
    private static String text(PluginSettings settings, String key, String whose) {
        Object value = settings.get(key);
        if (value != null && !(value instanceof String)) {
            LOG.warn("Approval rules of {}: {} holds a {}, not text", whose, key, value.getClass().getSimpleName());
            return NOT_TEXT;
        }
        return SettingsValues.string(settings, key);
    }
}

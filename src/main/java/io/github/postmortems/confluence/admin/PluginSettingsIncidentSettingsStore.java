package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.incident.IncidentSettingsStore;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.IncidentFormCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link IncidentSettingsStore} in SAL's global plugin settings beside the Jira settings, one String per value (lists
 * one entry a line). Until the administrator saves mappings, the defaults apply, with a token allowed to read the
 * project countermeasures go to. A stored value that does not pass the form's own checks (edited by hand, left by
 * another version) is replaced by its default with a warning naming the key; loading never throws for it.
 */
public class PluginSettingsIncidentSettingsStore implements IncidentSettingsStore {

    static final String PREFIX = PluginSettingsJiraSettingsStore.PREFIX + "incident.";
    /** Set once mappings are saved: from then on an empty list means "none", not "the defaults". */
    static final String SAVED = PREFIX + "saved";
    static final String SEVERITY_FIELD = PREFIX + "severity-field";
    /** Followed by SEV1..SEV4: the values mapped to that severity, one a line. */
    static final String SEVERITY = PREFIX + "severity.";
    static final String START_FIELD = PREFIX + "start-field";
    static final String DETECT_FIELD = PREFIX + "detect-field";
    static final String DETECT_STATUS = PREFIX + "detect-status";
    static final String END_FIELD = PREFIX + "end-field";
    static final String LINK_TYPES = PREFIX + "link-types";
    static final String TOKEN_PROJECTS = PREFIX + "token-projects";
    /** Which stored key a form field's problem points at. */
    private static final Map<String, String> KEYS = Map.of("incident.severityField", SEVERITY_FIELD,
            "incident.severities", SEVERITY + "*", "incident.startField", START_FIELD, "incident.detectField",
            DETECT_FIELD, "incident.detectStatus", DETECT_STATUS, "incident.endField", END_FIELD,
            "incident.linkTypes", LINK_TYPES, "incident.tokenProjects", TOKEN_PROJECTS);

    private static final Map<String, String> FIELDS = reversed(KEYS);

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsIncidentSettingsStore.class);

    private final PluginSettingsFactory settingsFactory;
    private final JiraSettingsStore jira;

    public PluginSettingsIncidentSettingsStore(PluginSettingsFactory settingsFactory, JiraSettingsStore jira) {
        this.settingsFactory = settingsFactory;
        this.jira = jira;
    }

    @Override
    public IncidentSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        IncidentSettings defaults = IncidentSettings.defaults(jira.load().projectKey());
        if (SettingsValues.string(settings, SAVED).isEmpty()) {
            return defaults;
        }
        Set<String> unreadable = new LinkedHashSet<>();
        List<IncidentForm.SeverityRow> rows = new ArrayList<>();
        for (String code : IncidentSettings.SEVERITY_CODES) {
            for (String value : lines(settings, SEVERITY + code, unreadable)) {
                rows.add(new IncidentForm.SeverityRow(value, code));
            }
        }
        IncidentForm stored = new IncidentForm(string(settings, SEVERITY_FIELD, unreadable), rows,
                string(settings, START_FIELD, unreadable), string(settings, DETECT_FIELD, unreadable),
                string(settings, END_FIELD, unreadable), string(settings, DETECT_STATUS, unreadable),
                String.join(",", lines(settings, LINK_TYPES, unreadable)),
                String.join(",", lines(settings, TOKEN_PROJECTS, unreadable)));
        IncidentFormCheck.Outcome outcome = IncidentFormCheck.check(stored);
        if (outcome instanceof IncidentFormCheck.Outcome.Valid valid && unreadable.isEmpty()) {
            return valid.settings();
        }
        List<FieldProblem> problems = outcome instanceof IncidentFormCheck.Outcome.Invalid invalid
                ? invalid.problems() : List.of();
        for (FieldProblem problem : problems) {
            if (unreadable.add(problem.field())) {
                LOG.warn("Incident mappings: {} cannot be used ({}); its default applies",
                        KEYS.getOrDefault(problem.field(), problem.field()), problem.messageKey());
            }
        }
        IncidentForm fallback = IncidentForm.showing(defaults);
        IncidentForm repaired = new IncidentForm(
                pick(unreadable, "incident.severityField", stored.severityField(), fallback.severityField()),
                unreadable.contains("incident.severities") ? fallback.severities() : stored.severities(),
                pick(unreadable, "incident.startField", stored.startField(), fallback.startField()),
                pick(unreadable, "incident.detectField", stored.detectField(), fallback.detectField()),
                pick(unreadable, "incident.endField", stored.endField(), fallback.endField()),
                pick(unreadable, "incident.detectStatus", stored.detectStatus(), fallback.detectStatus()),
                pick(unreadable, "incident.linkTypes", stored.linkTypes(), fallback.linkTypes()),
                pick(unreadable, "incident.tokenProjects", stored.tokenProjects(), fallback.tokenProjects()));
        return IncidentFormCheck.check(repaired) instanceof IncidentFormCheck.Outcome.Valid valid
                ? valid.settings() : defaults;
    }

    @Override
    public void save(IncidentSettings incident) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        SettingsValues.put(settings, SEVERITY_FIELD, incident.severityField());
        for (String code : IncidentSettings.SEVERITY_CODES) {
            List<String> values = new ArrayList<>();
            incident.severities().forEach((value, mapped) -> {
                if (mapped.equals(code)) {
                    values.add(value);
                }
            });
            SettingsValues.put(settings, SEVERITY + code, String.join("\n", values));
        }
        SettingsValues.put(settings, START_FIELD, incident.startField());
        SettingsValues.put(settings, DETECT_FIELD, incident.detectField());
        SettingsValues.put(settings, DETECT_STATUS, incident.detectStatus());
        SettingsValues.put(settings, END_FIELD, incident.endField());
        SettingsValues.put(settings, LINK_TYPES, String.join("\n", incident.linkTypes()));
        SettingsValues.put(settings, TOKEN_PROJECTS, String.join("\n", incident.tokenProjects()));
        SettingsValues.put(settings, SAVED, "1");
        LOG.info("Incident mappings saved: severity from {}, {} values mapped",
                incident.severityField().isEmpty() ? "the priority" : incident.severityField(),
                incident.severities().size());
    }

    private static Map<String, String> reversed(Map<String, String> keys) {
        Map<String, String> fields = new java.util.HashMap<>();
        keys.forEach((field, key) -> fields.put(key, field));
        return Map.copyOf(fields);
    }

    private static String pick(Set<String> unreadable, String field, String stored, String fallback) {
        return unreadable.contains(field) ? fallback : stored;
    }

    /** Entries of a one-a-line list. */
    private static List<String> lines(PluginSettings settings, String key, Set<String> unreadable) {
        List<String> lines = new ArrayList<>();
        for (String line : string(settings, key, unreadable).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** The stored text; a value that is not text marks its form field unreadable (its default applies). */
    private static String string(PluginSettings settings, String key, Set<String> unreadable) {
        Object value = settings.get(key);
        if (value != null && !(value instanceof String)) {
            String field = FIELDS.getOrDefault(key.startsWith(SEVERITY) ? SEVERITY + "*" : key, key);
            LOG.warn("Incident mappings: {} holds a {}, not text; its default applies", key,
                    value.getClass().getSimpleName());
            unreadable.add(field);
            return "";
        }
        return value == null ? "" : ((String) value).strip();
    }
}

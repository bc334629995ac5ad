package io.github.postmortems.settings;

import io.github.postmortems.incident.IncidentSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the "Drafting from incidents" part of the form field by field and, when every field is right, turns it into
 * the {@link IncidentSettings} to save. Problems name the form field as {@code incident.<component>}.
 */
public final class IncidentFormCheck {

    /** Jira field ids: system ({@code duedate}) or custom ({@code customfield_10200}); names have spaces. */
    static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** Rows of the severity mapping, link types, projects: a screenful each, far more than a site has. */
    public static final int MAX_ROWS = 50;
    private static final int MAX_NAME_LENGTH = 255;

    private IncidentFormCheck() {
    }

    /** What a check found: mappings ready to save, or the problems per field. */
    public sealed interface Outcome {
        record Valid(IncidentSettings settings) implements Outcome {
        }

        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Outcome check(IncidentForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        fieldId("incident.severityField", form.severityField(), problems);
        Map<String, String> severities = severities(form.severities(), problems);
        fieldId("incident.startField", form.startField(), problems);
        fieldId("incident.detectField", form.detectField(), problems);
        fieldId("incident.endField", form.endField(), problems);
        name("incident.detectStatus", form.detectStatus(), problems);
        Set<String> linkTypes = new LinkedHashSet<>();
        for (String type : list("incident.linkTypes", form.linkTypes(), problems)) {
            if (name("incident.linkTypes", type, problems)) {
                linkTypes.add(type);
            }
        }
        Set<String> projects = new LinkedHashSet<>();
        for (String typed : list("incident.tokenProjects", form.tokenProjects(), problems)) {
            String key = typed.toUpperCase(Locale.ROOT);
            if (PROJECT_KEY.matcher(key).matches()) {
                projects.add(key);
            } else {
                problems.add(FieldProblem.of("incident.tokenProjects", "postmortems.admin.error.project-key-format",
                        typed));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return new Outcome.Valid(new IncidentSettings(form.severityField(), severities, form.startField(),
                form.detectField(), form.detectStatus(), form.endField(), linkTypes, projects));
    }

    private static Map<String, String> severities(List<IncidentForm.SeverityRow> rows, List<FieldProblem> problems) {
        Map<String, String> severities = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        int filled = 0;
        for (IncidentForm.SeverityRow row : rows) {
            if (row.value().isEmpty()) {
                continue;
            }
            if (++filled > MAX_ROWS) {
                problems.add(FieldProblem.of("incident.severities", "postmortems.admin.incident.error.too-many-rows",
                        String.valueOf(MAX_ROWS)));
                break;
            }
            if (!name("incident.severities", row.value(), problems)) {
                continue;
            }
            if (!IncidentSettings.SEVERITY_CODES.contains(row.severity())) {
                problems.add(FieldProblem.of("incident.severities", "postmortems.admin.incident.error.severity",
                        row.value()));
            } else if (!seen.add(row.value().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("incident.severities", "postmortems.admin.incident.error.twice",
                        row.value()));
            } else {
                severities.put(row.value(), row.severity());
            }
        }
        return severities;
    }

    private static void fieldId(String field, String typed, List<FieldProblem> problems) {
        if (!typed.isEmpty() && !FIELD_ID.matcher(typed).matches()) {
            problems.add(FieldProblem.of(field, "postmortems.admin.incident.error.field-id", shortened(typed)));
        }
    }

    /** A name Jira could have: at most 255 characters, no line breaks or other control characters. */
    private static boolean name(String field, String typed, List<FieldProblem> problems) {
        if (typed.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of(field, "postmortems.admin.error.too-long", String.valueOf(MAX_NAME_LENGTH)));
            return false;
        }
        if (typed.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
            problems.add(FieldProblem.of(field, "postmortems.admin.incident.error.control", shortened(typed)));
            return false;
        }
        return true;
    }

    /** The comma-separated entries, blanks dropped; at most {@value #MAX_ROWS}. */
    private static List<String> list(String field, String typed, List<FieldProblem> problems) {
        List<String> entries = new ArrayList<>();
        for (String entry : typed.split(",", -1)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        if (entries.size() > MAX_ROWS) {
            problems.add(FieldProblem.of(field, "postmortems.admin.incident.error.too-many", String.valueOf(MAX_ROWS)));
            return List.of();
        }
        return entries;
    }

    /** What a message quotes of a typed value: never a wall of text. */
    private static String shortened(String typed) {
        return typed.length() <= 60 ? typed : typed.substring(0, 59) + "\u2026";
    }
}

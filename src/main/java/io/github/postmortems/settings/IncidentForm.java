package io.github.postmortems.settings;

import io.github.postmortems.incident.IncidentSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "Drafting from incidents" part of the settings form, every value as typed: the page sends it as the member
 * {@code incident} of the form's JSON. Lists the admin types on one line (link types, projects) are comma separated.
 *
 * @param severities the value-to-severity rows in the order shown; rows with a blank value are ignored
 */
public record IncidentForm(String severityField, List<SeverityRow> severities, String startField, String detectField,
                           String endField, String detectStatus, String linkTypes, String tokenProjects) {

    /** One row of the severity mapping: a priority or field value, and SEV1..SEV4. */
    public record SeverityRow(String value, String severity) {
        public SeverityRow {
            value = blankIfNull(value).strip();
            severity = blankIfNull(severity).strip();
        }
    }

    public IncidentForm {
        severityField = blankIfNull(severityField).strip();
        List<SeverityRow> rows = new ArrayList<>();
        for (SeverityRow row : severities == null ? List.<SeverityRow>of() : severities) {
            rows.add(row == null ? new SeverityRow("", "") : row);
        }
        severities = List.copyOf(rows);
        startField = blankIfNull(startField).strip();
        detectField = blankIfNull(detectField).strip();
        endField = blankIfNull(endField).strip();
        detectStatus = blankIfNull(detectStatus).strip();
        linkTypes = blankIfNull(linkTypes).strip();
        tokenProjects = blankIfNull(tokenProjects).strip();
    }

    /** The saved mappings as the page shows them. */
    public static IncidentForm showing(IncidentSettings saved) {
        Objects.requireNonNull(saved, "saved");
        List<SeverityRow> rows = new ArrayList<>();
        saved.severities().forEach((value, code) -> rows.add(new SeverityRow(value, code)));
        return new IncidentForm(saved.severityField(), rows, saved.startField(), saved.detectField(),
                saved.endField(), saved.detectStatus(), String.join(", ", saved.linkTypes()),
                String.join(", ", saved.tokenProjects()));
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}

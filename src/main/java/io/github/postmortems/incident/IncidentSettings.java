package io.github.postmortems.incident;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a draft takes each value from in the incident issue, as the administrator mapped it; every default works on a
 * plain Jira DC project (priority for severity, created and resolution date for the times, "In Progress" for detect).
 *
 * @param severityField   field id whose value gives the severity; empty for the priority
 * @param severities      priority or field value (any case) to severity code (SEV1..SEV4)
 * @param startField      date-time field id for the start; empty for the created time
 * @param detectField     date-time field id for detection; empty for the first transition into {@code detectStatus}
 * @param detectStatus    the status whose first entry means the incident was detected
 * @param endField        date-time field id for the end; empty for the resolution date
 * @param linkTypes       link type names offered as countermeasures; empty for every type
 * @param tokenProjects   projects whose issues a token connection (one identity for everyone) may read
 */
public record IncidentSettings(String severityField, Map<String, String> severities, String startField,
                               String detectField, String detectStatus, String endField, Set<String> linkTypes,
                               Set<String> tokenProjects) {

    public static final String DEFAULT_DETECT_STATUS = "In Progress";

    public IncidentSettings {
        severityField = blankIfNull(severityField);
        Map<String, String> caseless = new LinkedHashMap<>();
        severities.forEach((value, code) -> caseless.put(value.strip().toLowerCase(Locale.ROOT), code.strip()));
        severities = Map.copyOf(caseless);
        startField = blankIfNull(startField);
        detectField = blankIfNull(detectField);
        detectStatus = detectStatus == null || detectStatus.isBlank() ? DEFAULT_DETECT_STATUS : detectStatus.strip();
        endField = blankIfNull(endField);
        linkTypes = Set.copyOf(new TreeSet<>(linkTypes));
        tokenProjects = Set.copyOf(tokenProjects);
    }

    /** The defaults, with a token connection allowed to read the project countermeasures go to (if one is set). */
    public static IncidentSettings defaults(String configuredProject) {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String priority : new String[] {"Highest", "Blocker"}) {
            severities.put(priority, "SEV1");
        }
        for (String priority : new String[] {"High", "Critical"}) {
            severities.put(priority, "SEV2");
        }
        for (String priority : new String[] {"Medium", "Major"}) {
            severities.put(priority, "SEV3");
        }
        for (String priority : new String[] {"Low", "Lowest", "Minor", "Trivial"}) {
            severities.put(priority, "SEV4");
        }
        return new IncidentSettings("", severities, "", "", DEFAULT_DETECT_STATUS, "", Set.of(),
                configuredProject == null || configuredProject.isBlank() ? Set.of() : Set.of(configuredProject.strip()));
    }

    public Optional<String> severityFor(String value) {
        return value == null ? Optional.empty()
                : Optional.ofNullable(severities.get(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** The extra fields to ask Jira for. */
    public Set<String> fieldsToRead() {
        Set<String> fields = new TreeSet<>();
        for (String field : new String[] {severityField, startField, detectField, endField}) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }

    public boolean offersLinkType(String type) {
        return linkTypes.isEmpty() || linkTypes.contains(type);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}

package io.github.postmortems.incident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a draft takes each value from in the incident issue, as the administrator mapped it; every default works on a
 * plain Jira DC project (priority for severity, created and resolution date for the times, "In Progress" for detect).
 * Values keep the case and order they were typed in (the settings page shows them so); matching is caseless.
 *
 * @param severityField   field id whose value gives the severity; empty for the priority
 * @param severities      priority or field value to severity code (SEV1..SEV4), matched in any case
 * @param startField      date-time field id for the start; empty for the created time
 * @param detectField     date-time field id for detection; empty for the first transition into {@code detectStatus}
 * @param detectStatus    the status whose first entry means the incident was detected
 * @param endField        date-time field id for the end; empty for the resolution date
 * @param linkTypes       link type names offered as countermeasures, matched in any case; empty for every type
 * @param tokenProjects   projects whose issues a token connection (one identity for everyone) may read
 */
public record IncidentSettings(String severityField, Map<String, String> severities, String startField,
                               String detectField, String detectStatus, String endField, Set<String> linkTypes,
                               Set<String> tokenProjects) {

    public static final String DEFAULT_DETECT_STATUS = "In Progress";
    /** The severities a value maps to, as the wizard knows them. */
    public static final List<String> SEVERITY_CODES = List.of("SEV1", "SEV2", "SEV3", "SEV4");
    /** Jira's priority names today (Highest..Lowest) and before Jira 7.x (Blocker..Trivial), which upgraded sites keep. */
    private static final Map<String, String> DEFAULT_SEVERITIES = defaultSeverities();

    public IncidentSettings {
        severityField = blankIfNull(severityField);
        Map<String, String> typed = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        severities.forEach((value, code) -> {
            if (seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                typed.put(value.strip(), code.strip());
            }
        });
        severities = Collections.unmodifiableMap(typed);
        startField = blankIfNull(startField);
        detectField = blankIfNull(detectField);
        detectStatus = detectStatus == null || detectStatus.isBlank() ? DEFAULT_DETECT_STATUS : detectStatus.strip();
        endField = blankIfNull(endField);
        linkTypes = Collections.unmodifiableSet(new LinkedHashSet<>(linkTypes));
        tokenProjects = Collections.unmodifiableSet(new LinkedHashSet<>(tokenProjects));
    }

    /** The defaults, with a token connection allowed to read the project countermeasures go to (if one is set). */
    public static IncidentSettings defaults(String configuredProject) {
        return new IncidentSettings("", DEFAULT_SEVERITIES, "", "", DEFAULT_DETECT_STATUS, "", Set.of(),
                configuredProject == null || configuredProject.isBlank() ? Set.of() : Set.of(configuredProject.strip()));
    }

    /**
     * Whether this row is one of the defaults (mapped as the defaults map it): the defaults name the priorities of
     * old and new Jira versions alike, so a site that lacks some of them is not told so as a problem.
     */
    public static boolean isDefaultSeverity(String value, String code) {
        return DEFAULT_SEVERITIES.entrySet().stream()
                .anyMatch(row -> row.getKey().equalsIgnoreCase(value.strip()) && row.getValue().equals(code));
    }

    public Optional<String> severityFor(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return severities.entrySet().stream().filter(row -> row.getKey().equalsIgnoreCase(wanted))
                .map(Map.Entry::getValue).findFirst();
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
        return linkTypes.isEmpty() || linkTypes.stream().anyMatch(offered -> offered.equalsIgnoreCase(type));
    }

    private static Map<String, String> defaultSeverities() {
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
        return Collections.unmodifiableMap(severities);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}

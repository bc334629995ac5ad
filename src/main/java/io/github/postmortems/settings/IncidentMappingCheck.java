package io.github.postmortems.settings;

import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.jira.CreateMeta;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident mappings asked of Jira, a few requests whatever their size: the chosen fields exist and the time
 * fields hold dates with times ({@code /field}), the detect status exists ({@code /status}), the offered link types
 * exist ({@code /issueLinkType}), the priorities mapped exist (the list the creation check read), and the projects a
 * token may read are among those the token sees (the same project list; one request a project only when that list
 * was cut off). One problem per wrong item, each naming its form field.
 */
public final class IncidentMappingCheck {

    private IncidentMappingCheck() {
    }

    /**
     * @param priorities      Jira's priorities, as already read
     * @param visibleProjects the projects the connection may browse, as already read
     * @param tokenConnection whether one identity reads for everyone (only then do the token projects count)
     */
    public static List<FieldProblem> run(JiraClient jira, IncidentSettings mappings, List<String> priorities,
                                         List<CreateMeta.Project> visibleProjects, boolean tokenConnection)
            throws JiraFailure {
        List<FieldProblem> problems = new ArrayList<>();
        if (!mappings.fieldsToRead().isEmpty()) {
            List<JiraField> fields = jira.fields();
            exists(fields, "incident.severityField", mappings.severityField(), "severity", problems);
            for (String[] time : new String[][] {{"incident.startField", mappings.startField(), "start"},
                    {"incident.detectField", mappings.detectField(), "detect"},
                    {"incident.endField", mappings.endField(), "end"}}) {
                exists(fields, time[0], time[1], time[2], problems).filter(field -> !field.holdsDateTimes())
                        .ifPresent(field -> problems.add(FieldProblem.of(time[0],
                                "postmortems.admin.incident.check.not-date-time." + time[2], field.id(),
                                field.name(), field.type().isEmpty() ? "?" : field.type())));
            }
        }
        if (mappings.detectField().isEmpty()) {
            List<String> statuses = jira.statuses();
            if (statuses.stream().noneMatch(status -> status.equalsIgnoreCase(mappings.detectStatus()))) {
                problems.add(FieldProblem.of("incident.detectStatus", "postmortems.admin.incident.check.status",
                        mappings.detectStatus()));
            }
        }
        if (!mappings.linkTypes().isEmpty()) {
            List<String> types = jira.issueLinkTypes();
            for (String type : mappings.linkTypes()) {
                if (types.stream().noneMatch(known -> known.equalsIgnoreCase(type))) {
                    problems.add(FieldProblem.of("incident.linkTypes", "postmortems.admin.incident.check.link-type",
                            type));
                }
            }
        }
        if (mappings.severityField().isEmpty()) {
            for (Map.Entry<String, String> row : mappings.severities().entrySet()) {
                boolean known = priorities.stream().anyMatch(name -> name.equalsIgnoreCase(row.getKey()));
                if (!known && !IncidentSettings.isDefaultSeverity(row.getKey(), row.getValue())) {
                    problems.add(FieldProblem.of("incident.severities", "postmortems.admin.incident.check.priority",
                            row.getKey(), row.getValue()));
                }
            }
        }
        if (tokenConnection) {
            boolean listCut = visibleProjects.size() >= JiraClient.MAX_CHOICES;
            for (String key : mappings.tokenProjects()) {
                boolean visible = visibleProjects.stream().anyMatch(project -> project.key().equals(key))
                        || listCut && jira.project(key).isPresent();
                if (!visible) {
                    problems.add(FieldProblem.of("incident.tokenProjects",
                            "postmortems.admin.incident.check.token-project", key));
                }
            }
        }
        return problems;
    }

    /** The field by id; a problem when Jira has none (or nothing was chosen: empty, no problem). */
    private static Optional<JiraField> exists(List<JiraField> fields, String formField, String id, String which,
                                              List<FieldProblem> problems) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<JiraField> found = fields.stream().filter(field -> field.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(formField, "postmortems.admin.incident.check.no-field." + which, id));
        }
        return found;
    }
}

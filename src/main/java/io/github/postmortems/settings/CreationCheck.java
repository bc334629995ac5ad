package io.github.postmortems.settings;

import io.github.postmortems.jira.CreateMeta;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraFailure;
import io.github.postmortems.jira.JiraSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What would break creating issues with these settings, asked of Jira before anything is created: the project exists
 * and we may create in it, the issue type and every mapped priority exist, the create screen requires nothing the
 * app leaves out and has the fields the app sets. Each problem names its form field; Jira's projects, the project's
 * issue types and the priorities come back as choices for the form.
 */
public final class CreationCheck {

    /** The fields a create request carries (see NewIssue), and the reporter, which Jira sets to whoever creates. */
    static final Set<String> FILLED = Set.of("project", "issuetype", "summary", "description", "assignee", "duedate",
            "priority", "labels", "reporter");

    private CreationCheck() {
    }

    /** The problems found and the choices Jira offers; a choice list is empty when Jira would not list it. */
    public record Report(List<FieldProblem> problems, List<CreateMeta.Project> projects, List<String> issueTypes,
                         List<String> priorities) {
        public Report {
            problems = List.copyOf(problems);
            projects = List.copyOf(projects);
            issueTypes = List.copyOf(issueTypes);
            priorities = List.copyOf(priorities);
        }
    }

    /** @param actingUser the Jira username that creates the issues, named when it lacks the permission */
    public static Report run(JiraClient jira, JiraSettings settings, String actingUser) throws JiraFailure {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> priorities = jira.priorities();
        for (Map.Entry<String, String> mapped : new java.util.TreeMap<>(settings.priorities()).entrySet()) {
            if (find(priorities, mapped.getValue()).isEmpty()) {
                problems.add(FieldProblem.of("priorities." + mapped.getKey(), "postmortems.admin.check.priority",
                        mapped.getKey(), mapped.getValue()));
            }
        }
        List<CreateMeta.Project> projects = jira.projects();
        List<String> issueTypes = List.of();
        String key = settings.projectKey();
        if (!key.isEmpty()) {
            issueTypes = checkProject(jira, settings, actingUser, problems);
        }
        return new Report(problems, projects, issueTypes, priorities);
    }

    /** The project's checks; returns the issue types we may create there. */
    private static List<String> checkProject(JiraClient jira, JiraSettings settings, String actingUser,
                                             List<FieldProblem> problems) throws JiraFailure {
        String key = settings.projectKey();
        if (jira.project(key).isEmpty()) {
            problems.add(FieldProblem.of("projectKey", "postmortems.admin.check.project", key));
            return List.of();
        }
        if (!jira.mayCreateIssues(key)) {
            problems.add(FieldProblem.of("projectKey", "postmortems.admin.check.create-permission", actingUser, key));
            return List.of();
        }
        List<CreateMeta.IssueType> types = jira.createIssueTypes(key);
        List<String> typeNames = types.stream().map(CreateMeta.IssueType::name).toList();
        Optional<CreateMeta.IssueType> type = types.stream()
                .filter(t -> t.name().equals(settings.issueType())).findFirst();
        if (type.isEmpty()) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.check.issue-type", settings.issueType(), key));
            return typeNames;
        }
        List<CreateMeta.Field> fields = jira.createFields(key, type.get().id());
        String screen = key + " / " + type.get().name();
        for (CreateMeta.Field field : fields) {
            if (field.required() && !field.hasDefaultValue() && !FILLED.contains(field.id())) {
                problems.add(FieldProblem.of("issueType", "postmortems.admin.check.required-field", screen,
                        field.name()));
            }
        }
        if (!onScreen(fields, "labels")) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.check.no-labels", screen));
        }
        if (!onScreen(fields, "duedate")) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.check.no-due-date", screen));
        }
        if (!settings.priorities().isEmpty() && !onScreen(fields, "priority")) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.check.no-priority", screen));
        }
        return typeNames;
    }

    private static boolean onScreen(List<CreateMeta.Field> fields, String id) {
        return fields.stream().anyMatch(field -> field.id().equals(id));
    }

    /** Exact, as the fields of a create request name them. */
    private static Optional<String> find(List<String> names, String wanted) {
        return names.stream().filter(name -> name.equals(wanted)).findFirst();
    }
}

package io.github.postmortems.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An issue to create in Jira DC: project by key, issue type and priority by name, assignee by username, description
 * in wiki markup (REST v2), due date, labels. Start with {@link #in(String, String, String)} and add the rest.
 */
public record NewIssue(String projectKey, String issueType, String summary, String description,
                       Optional<String> assignee, Optional<LocalDate> dueDate, Optional<String> priority,
                       List<String> labels) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Jira stores a summary in a 255-character column. */
    public static final int MAX_SUMMARY = 255;

    public NewIssue {
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            throw new IllegalArgumentException("Not a Jira project key: " + projectKey);
        }
        requireText(issueType, "issue type");
        requireText(summary, "summary");
        if (summary.length() > MAX_SUMMARY || summary.contains("\n") || summary.contains("\r")) {
            throw new IllegalArgumentException("A Jira summary is one line of at most 255 characters: " + summary);
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(assignee, "assignee").ifPresent(a -> requireText(a, "assignee"));
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(priority, "priority").ifPresent(p -> requireText(p, "priority"));
        labels = List.copyOf(new LinkedHashSet<>(labels));
        labels.forEach(NewIssue::requireLabel);
    }

    public static NewIssue in(String projectKey, String issueType, String summary) {
        return new NewIssue(projectKey, issueType, summary, "", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    public NewIssue describedAs(String wikiMarkup) {
        return new NewIssue(projectKey, issueType, summary, wikiMarkup, assignee, dueDate, priority, labels);
    }

    public NewIssue assignedTo(String username) {
        return new NewIssue(projectKey, issueType, summary, description, Optional.of(username), dueDate, priority,
                labels);
    }

    public NewIssue due(LocalDate date) {
        return new NewIssue(projectKey, issueType, summary, description, assignee, Optional.of(date), priority,
                labels);
    }

    public NewIssue withPriority(String name) {
        return new NewIssue(projectKey, issueType, summary, description, assignee, dueDate, Optional.of(name), labels);
    }

    public NewIssue labelled(String... more) {
        List<String> all = new ArrayList<>(labels);
        all.addAll(List.of(more));
        return new NewIssue(projectKey, issueType, summary, description, assignee, dueDate, priority, all);
    }

    /** Jira's create body: {@code {"fields":{...}}}; optional fields are left out, not sent as null. */
    String toJson() {
        JsonObject fields = new JsonObject();
        fields.add("project", named("key", projectKey));
        fields.add("issuetype", named("name", issueType));
        fields.addProperty("summary", summary);
        if (!description.isEmpty()) {
            fields.addProperty("description", description);
        }
        assignee.ifPresent(a -> fields.add("assignee", named("name", a)));
        dueDate.ifPresent(d -> fields.addProperty("duedate", d.toString()));
        priority.ifPresent(p -> fields.add("priority", named("name", p)));
        if (!labels.isEmpty()) {
            JsonArray array = new JsonArray();
            labels.forEach(array::add);
            fields.add("labels", array);
        }
        JsonObject body = new JsonObject();
        body.add("fields", fields);
        return body.toString();
    }

    private static JsonObject named(String member, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(member, value);
        return object;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A Jira " + what + " cannot be blank");
        }
    }

    /** Jira refuses labels with spaces, and keeps at most 255 characters. */
    static void requireLabel(String label) {
        if (label == null || label.isEmpty() || label.length() > 255 || label.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A Jira label is one word of at most 255 characters: '" + label + "'");
        }
    }
}

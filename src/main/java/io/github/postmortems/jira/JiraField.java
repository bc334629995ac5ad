package io.github.postmortems.jira;

import java.util.Objects;

/**
 * A field as {@code GET /rest/api/2/field} lists it: its id ({@code customfield_10200}, {@code duedate}), name, and
 * the type of value it holds ({@code schema.type}: {@code datetime}, {@code date}, {@code option}...; empty when Jira
 * gives none).
 */
public record JiraField(String id, String name, String type) {
    public JiraField {
        id = Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, id);
        type = Objects.requireNonNullElse(type, "");
    }

    public boolean holdsDateTimes() {
        return type.equals("datetime");
    }
}

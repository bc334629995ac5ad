package io.github.postmortems.jira;

import java.util.Locale;
import java.util.Objects;

/**
 * Jira's status category, the coarse state every workflow status belongs to; it decides the lozenge colour.
 * Keys as Jira sends them: {@code new} (To Do, blue-gray), {@code indeterminate} (In Progress, yellow),
 * {@code done} (Done, green), and {@code undefined} (No Category, medium-gray).
 */
public record JiraStatusCategory(String key, String name, String colorName) {

    public enum Kind { TO_DO, IN_PROGRESS, DONE, UNDEFINED }

    public JiraStatusCategory {
        Objects.requireNonNull(key, "key");
        name = name == null ? key : name;
        colorName = colorName == null ? "" : colorName;
    }

    public static JiraStatusCategory undefined() {
        return new JiraStatusCategory("undefined", "No Category", "medium-gray");
    }

    public Kind kind() {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "new" -> Kind.TO_DO;
            case "indeterminate" -> Kind.IN_PROGRESS;
            case "done" -> Kind.DONE;
            default -> Kind.UNDEFINED;
        };
    }

    public boolean isDone() {
        return kind() == Kind.DONE;
    }

    /** The category as the store keeps it. */
    public StatusCategory category() {
        return StatusCategory.fromJiraKey(key);
    }
}

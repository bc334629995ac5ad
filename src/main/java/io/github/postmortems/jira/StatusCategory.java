package io.github.postmortems.jira;

import java.util.Locale;

/** Jira's status categories: every workflow status belongs to one (REST: statusCategory.key). */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done"),
    UNKNOWN("undefined");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    public String jiraKey() {
        return jiraKey;
    }

    public static StatusCategory fromJiraKey(String key) {
        if (key != null) {
            String lower = key.toLowerCase(Locale.ROOT);
            for (StatusCategory category : values()) {
                if (category.jiraKey.equals(lower)) {
                    return category;
                }
            }
        }
        return UNKNOWN;
    }

    public boolean done() {
        return this == DONE;
    }
}

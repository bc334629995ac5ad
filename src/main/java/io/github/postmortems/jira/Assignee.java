package io.github.postmortems.jira;

/** Who an issue is assigned to in Jira, as shown there. */
public record Assignee(String username, String displayName) {

    public Assignee {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An assignee has a username");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}

package io.github.postmortems.jira;

import java.util.Objects;
import java.util.Optional;

/** A Jira DC user: {@code name} is the username used to assign issues, {@code key} the stable user key. */
public record JiraUser(String username, String key, String displayName, Optional<String> email, boolean active) {

    public JiraUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A Jira user has a username");
        }
        key = key == null || key.isBlank() ? username : key;
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        Objects.requireNonNull(email, "email");
    }
}

package io.github.postmortems.jira;

import io.github.postmortems.postmortem.UserRef;

import java.util.Optional;

/** Confluence's users, as far as finding the same person in Jira needs them. */
public interface Directory {

    /** The Confluence user a page names; empty for a name typed as text or a user that no longer exists. */
    Optional<Person> find(UserRef user);

    /**
     * @param email empty when the user has none or hides it
     */
    record Person(String username, String displayName, Optional<String> email) {
    }
}

package io.github.postmortems.review;

import io.github.postmortems.postmortem.Text;

import java.util.Set;

/**
 * Someone acting on a review, as the host knows them when they act: their stable user key, their username and the
 * groups they belong to (which approval rules may name), and whether they may edit the page.
 */
public record Person(String userKey, String username, Set<String> groups, boolean mayEdit) {

    public Person {
        userKey = Text.requireNonBlank(userKey, "userKey");
        username = Text.requireNonBlank(username, "username");
        groups = Set.copyOf(groups);
    }
}

package io.github.postmortems.jira;

import java.util.Objects;

/** A working connection, as "Test connection" shows it: which Jira, and who we are there. */
public record JiraConnection(ServerInfo server, JiraUser actingUser) {

    public JiraConnection {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(actingUser, "actingUser");
    }
}

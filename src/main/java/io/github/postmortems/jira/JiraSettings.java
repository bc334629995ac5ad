package io.github.postmortems.jira;

import io.github.postmortems.postmortem.Text;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app talks to Jira and what it creates there, as a Confluence administrator set it up.
 *
 * @param connection   through an application link, or a base URL and a personal access token
 * @param projectKey   the project new issues go to
 * @param issueType    the issue type's name, e.g. Task
 * @param priorities   countermeasure priority code (P1..P4) to Jira priority name; a missing code leaves Jira's default
 * @param syncInterval how often the job reconciles every tracked issue
 * @param webhookSecret the shared secret Jira's webhook must present; empty disables the webhook
 */
public record JiraSettings(Connection connection, String projectKey, String issueType, Map<String, String> priorities,
                           Duration syncInterval, String webhookSecret) {

    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMinutes(10);

    public JiraSettings {
        Objects.requireNonNull(connection, "connection");
        projectKey = projectKey == null ? "" : projectKey.strip();
        issueType = issueType == null || issueType.isBlank() ? "Task" : issueType.strip();
        priorities = Map.copyOf(priorities);
        syncInterval = syncInterval == null || syncInterval.compareTo(Duration.ofMinutes(1)) < 0
                ? DEFAULT_SYNC_INTERVAL : syncInterval;
        webhookSecret = webhookSecret == null ? "" : webhookSecret;
    }

    /** Nothing set up yet: no connection, no project. */
    public static JiraSettings unconfigured() {
        return new JiraSettings(new Connection.None(), "", "Task", Map.of(), DEFAULT_SYNC_INTERVAL, "");
    }

    public boolean readyToCreate() {
        return !(connection instanceof Connection.None) && !projectKey.isEmpty();
    }

    public Optional<String> priorityFor(String countermeasurePriority) {
        return Optional.ofNullable(countermeasurePriority).map(priorities::get).filter(name -> !name.isBlank());
    }

    /** Where Jira is and how we authenticate. */
    public sealed interface Connection {
        /** Not configured. */
        record None() implements Connection {
        }

        /** A Confluence application link to Jira, by its id. */
        record ApplicationLink(String applicationId) implements Connection {
            public ApplicationLink {
                applicationId = Text.requireNonBlank(applicationId, "applicationId");
            }
        }

        /** Jira's base URL and a personal access token of a Jira user allowed to create and read the issues. */
        record Token(URI baseUrl, String token) implements Connection {
            public Token {
                Objects.requireNonNull(baseUrl, "baseUrl");
                token = Text.requireNonBlank(token, "token");
            }

            @Override
            public String toString() {
                return "Token[" + baseUrl + ", token hidden]";
            }
        }
    }
}

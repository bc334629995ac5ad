package io.github.postmortems.jira;

import io.github.postmortems.postmortem.IssueKey;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident issue as Jira DC told it to one reader: its fields, its change history (oldest first), its comments
 * (oldest first) and its links to other issues. Everything beyond key, summary and created time may be missing;
 * {@link #warnings()} says what was present but unreadable or cut off.
 *
 * @param browseUrl   where people see the issue in Jira ({@code .../browse/OPS-12}); empty when Jira's answer did not
 *                    say where it lives
 * @param fieldValues the extra fields asked for (custom date or severity fields), by field id, as Jira wrote them
 */
public record JiraIncident(IssueKey key, Optional<URI> browseUrl, String summary, Optional<String> priority,
                           Instant created, Optional<Instant> resolved, Optional<Person> assignee,
                           Optional<Person> reporter, Map<String, String> fieldValues, List<Change> changes,
                           List<Comment> comments, List<Link> links, List<String> warnings) {

    public JiraIncident {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        summary = summary == null ? "" : summary;
        fieldValues = Map.copyOf(fieldValues);
        changes = List.copyOf(changes);
        comments = List.copyOf(comments);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }

    /** A date-time field asked for (a custom "Incident start"), when Jira wrote it as a time; a bare date is not one. */
    public Optional<Instant> timeField(String fieldId) {
        return Optional.ofNullable(fieldValues.get(fieldId)).flatMap(text -> IncidentReader.time(text.strip()));
    }

    /** A Jira user as the issue names them: DC's username ({@code name}) and the name people read. */
    public record Person(String username, String displayName) {
        public Person {
            Objects.requireNonNull(username, "username");
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    /**
     * One field changed in one history entry ({@code changelog.histories[].items[]}); Jira DC names system fields by
     * id ({@code status}, {@code priority}, {@code assignee}, {@code resolution}) and custom fields by their name.
     * {@code fromId}/{@code toId} are Jira's {@code from}/{@code to} (ids, usernames), {@code fromText}/{@code toText}
     * its {@code fromString}/{@code toString}; each may be null.
     */
    public record Change(String historyId, Instant at, Optional<Person> author, String field, String fromId,
                         String fromText, String toId, String toText) {
        public Change {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(field, "field");
        }
    }

    public record Comment(String id, Instant at, Optional<Person> author, String body) {
        public Comment {
            Objects.requireNonNull(at, "at");
            body = body == null ? "" : body;
        }
    }

    /**
     * A link to another issue, seen from the incident.
     *
     * @param type   the link type's name ({@code Blocks})
     * @param phrase how the incident relates to the other issue ({@code blocks}, {@code is blocked by})
     */
    public record Link(IssueKey key, String type, String phrase, String summary, String status) {
        public Link {
            Objects.requireNonNull(key, "key");
        }
    }
}

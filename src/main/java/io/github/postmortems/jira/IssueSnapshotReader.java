package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads one issue of a search answer ({@code {"id","key","fields":{...}}}) into a snapshot. */
final class IssueSnapshotReader {

    /** Jira DC writes {@code 2024-01-15T10:22:33.123+0000}: an offset without a colon. */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private IssueSnapshotReader() {
    }

    static IssueSnapshot read(JsonElement element) throws JiraUnavailable {
        if (element == null || !element.isJsonObject()) {
            throw Json.unreadable("a search", "an issue that is not an object");
        }
        JsonObject issue = element.getAsJsonObject();
        String keyText = Json.string(issue, "key").orElseThrow(() -> Json.unreadable("a search", "an issue without key"));
        IssueKey key = IssueKey.parse(keyText)
                .orElseThrow(() -> Json.unreadable("a search", "'" + keyText + "' is not an issue key"));
        String id = Json.string(issue, "id").orElse("");
        String status = Json.string(issue, "fields", "status", "name")
                .orElseThrow(() -> Json.unreadable("a search", key + " has no status"));
        JiraStatusCategory category = Json.string(issue, "fields", "status", "statusCategory", "key")
                .map(k -> new JiraStatusCategory(k,
                        Json.string(issue, "fields", "status", "statusCategory", "name").orElse(null),
                        Json.string(issue, "fields", "status", "statusCategory", "colorName").orElse(null)))
                .orElseGet(JiraStatusCategory::undefined);
        Optional<Assignee> assignee = Json.string(issue, "fields", "assignee", "name")
                .map(name -> new Assignee(name,
                        Json.string(issue, "fields", "assignee", "displayName").orElse(null)));
        return new IssueSnapshot(key, id, status, category, assignee,
                date(key, Json.string(issue, "fields", "duedate")),
                time(key, Json.string(issue, "fields", "resolutiondate")),
                time(key, Json.string(issue, "fields", "updated")));
    }

    private static Optional<LocalDate> date(IssueKey key, Optional<String> text) throws JiraUnavailable {
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw Json.unreadable("a search", key + " has a due date Jira would not write: " + text.get());
        }
    }

    static Optional<Instant> time(IssueKey key, Optional<String> text) throws JiraUnavailable {
        try {
            return text.map(t -> OffsetDateTime.parse(t, JIRA_TIME).toInstant());
        } catch (DateTimeParseException e) {
            throw Json.unreadable("a search", key + " has a time Jira would not write: " + text.get());
        }
    }
}

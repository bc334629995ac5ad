package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.postmortems.postmortem.IssueKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one issue of a search answer ({@code {"id","key","fields":{...}}}) into a snapshot. Only the key and the
 * status name are required: without them the issue cannot be placed or shown. Every other field may be absent, null,
 * blank or of another JSON type (a Jira with a misbehaving add-on or a custom field renderer, a proxy that rewrites):
 * it is then read as unknown (no assignee, no due date, status category undefined) with a note naming what was found,
 * and the rest of the issue is kept.
 */
final class IssueSnapshotReader {

    /** Jira DC writes {@code 2024-01-15T10:22:33.123+0000}: an offset without a colon. */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();
    /** A value quoted in a note is cut here: notes are for people, and the value came from outside. */
    private static final int SHOWN = 40;

    private IssueSnapshotReader() {
    }

    static IssueSnapshot read(JsonElement element) throws JiraUnavailable {
        return read(element, note -> { });
    }

    /** Reads the issue; each optional field that was present but unreadable is told to {@code notes}. */
    static IssueSnapshot read(JsonElement element, Consumer<String> notes) throws JiraUnavailable {
        if (element == null || !element.isJsonObject()) {
            throw Json.unreadable("a search", "an issue that is not an object");
        }
        JsonObject issue = element.getAsJsonObject();
        String keyText = Json.string(issue, "key").orElseThrow(() -> Json.unreadable("a search", "an issue without key"));
        IssueKey key = IssueKey.parse(keyText)
                .orElseThrow(() -> Json.unreadable("a search", "'" + shown(keyText) + "' is not an issue key"));
        String id = Json.string(issue, "id").orElse("");
        JsonObject fields = member(issue, "fields").filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .orElseGet(JsonObject::new);
        JsonElement statusField = member(fields, "status").orElse(null);
        // A bare string is taken as the status's name (its category then unknown); no name at all is not Jira.
        Optional<String> statusName = statusField != null && isString(statusField)
                ? Optional.of(statusField.getAsString()) : string(fields, "status", "name");
        String status = statusName.map(String::strip).filter(name -> !name.isBlank())
                .orElseThrow(() -> Json.unreadable("a search", key + " has no status"));
        JsonObject statusObject = statusField.isJsonObject() ? statusField.getAsJsonObject() : new JsonObject();
        return new IssueSnapshot(key, id, status, category(key, statusObject, notes), assignee(key, fields, notes),
                date(key, fields, "duedate", notes),
                time(key, fields, "resolutiondate", notes),
                time(key, fields, "updated", notes));
    }

    /** No category (or one without a key) is Jira's own "No Category": the status shows by name, in grey. */
    private static JiraStatusCategory category(IssueKey key, JsonObject status, Consumer<String> notes) {
        Optional<JsonElement> category = member(status, "statusCategory");
        Optional<String> categoryKey = string(status, "statusCategory", "key").filter(k -> !k.isBlank());
        if (categoryKey.isEmpty()) {
            category.ifPresent(found -> notes.accept(key + ": status category " + shown(found)
                    + " has no key; shown as No Category"));
            return JiraStatusCategory.undefined();
        }
        return new JiraStatusCategory(categoryKey.get(),
                string(status, "statusCategory", "name").filter(n -> !n.isBlank()).orElse(null),
                string(status, "statusCategory", "colorName").filter(c -> !c.isBlank()).orElse(null));
    }

    /** Jira DC names users by {@code name}; a bare string is taken as that name, anything else as unassigned. */
    private static Optional<Assignee> assignee(IssueKey key, JsonObject fields, Consumer<String> notes) {
        Optional<JsonElement> assignee = member(fields, "assignee");
        if (assignee.isEmpty()) {
            return Optional.empty();
        }
        JsonElement found = assignee.get();
        Optional<String> name = found.isJsonObject() ? string(found.getAsJsonObject(), "name")
                : isString(found) ? Optional.of(found.getAsString()) : Optional.empty();
        name = name.filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            if (!isBlankString(found)) {
                notes.accept(key + ": assignee " + shown(found) + " has no username; read as unassigned");
            }
            return Optional.empty();
        }
        Optional<String> displayName = found.isJsonObject()
                ? string(found.getAsJsonObject(), "displayName") : Optional.empty();
        return Optional.of(new Assignee(name.get().strip(), displayName.map(String::strip).orElse(null)));
    }

    /** Jira writes a due date as {@code 2026-11-20}; anything else is no due date (with a note), never a guess. */
    private static Optional<LocalDate> date(IssueKey key, JsonObject fields, String field, Consumer<String> notes) {
        Optional<JsonElement> found = member(fields, field);
        if (found.isEmpty() || isBlankString(found.get())) {
            return Optional.empty();
        }
        if (isString(found.get())) {
            Optional<LocalDate> date = date(found.get().getAsString().strip());
            if (date.isPresent()) {
                return date;
            }
        }
        notes.accept(key + ": " + field + " " + shown(found.get()) + " is not a date Jira writes; read as none");
        return Optional.empty();
    }

    private static Optional<Instant> time(IssueKey key, JsonObject fields, String field, Consumer<String> notes) {
        Optional<JsonElement> found = member(fields, field);
        if (found.isEmpty() || isBlankString(found.get())) {
            return Optional.empty();
        }
        if (isString(found.get())) {
            Optional<Instant> time = time(found.get().getAsString().strip());
            if (time.isPresent()) {
                return time;
            }
        }
        notes.accept(key + ": " + field + " " + shown(found.get()) + " is not a time Jira writes; read as none");
        return Optional.empty();
    }

    /** A date as Jira writes it, {@code 2026-11-20}: ISO, no time, no other order. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A time as Jira DC writes it ({@code 2024-01-15T10:22:33.123+0000}, or with a colon in the offset). */
    private static Optional<Instant> time(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, JIRA_TIME).toInstant());
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** The JSON string at a path of member names; empty when a step is missing or the value is of another type. */
    private static Optional<String> string(JsonObject object, String... path) {
        JsonElement at = object;
        for (String name : path) {
            if (!at.isJsonObject()) {
                return Optional.empty();
            }
            at = at.getAsJsonObject().get(name);
            if (at == null) {
                return Optional.empty();
            }
        }
        return isString(at) ? Optional.of(at.getAsString()) : Optional.empty();
    }

    /** The member, unless absent or JSON null. */
    private static Optional<JsonElement> member(JsonObject object, String name) {
        JsonElement found = object.get(name);
        return found == null || found.isJsonNull() ? Optional.empty() : Optional.of(found);
    }

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static boolean isBlankString(JsonElement element) {
        return isString(element) && element.getAsString().isBlank();
    }

    private static String shown(JsonElement element) {
        return shown(element instanceof JsonPrimitive p && p.isString() ? "'" + p.getAsString() + "'" : element.toString());
    }

    private static String shown(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
